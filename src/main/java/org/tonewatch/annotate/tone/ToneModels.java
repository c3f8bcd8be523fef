package org.tonewatch.annotate.tone;

import java.io.UncheckedIOException;
import java.util.List;
import org.tonewatch.UsageException;
import org.tonewatch.reference.ReferenceData;

/** The tone models by the name {@code tone.model} gives them. Runs on the driver. */
public final class ToneModels {
  public static final List<String> NAMES = List.of(TrainedTone.NAME, SentimentTreeTone.NAME);

  private ToneModels() {}

  /**
   * The model called {@code name}; a trained model is loaded here, so that a missing or outdated model file stops
   * the run on the driver with a message rather than failing every task.
   *
   * @param modelPath the trained model's file ({@code classpath:/…} or a path); ignored by the first version
   */
  public static ToneModel named(String name, String modelPath, ReferenceData reference) {
    RelationCues cues = RelationCues.load(reference);
    return switch (name) {
      case TrainedTone.NAME -> loaded(new TrainedTone(modelPath, new ToneFeatures(cues)));
      case SentimentTreeTone.NAME -> new SentimentTreeTone(cues);
      default -> throw new UsageException("tone.model must be one of " + NAMES + ", not '" + name + "'");
    };
  }

  private static TrainedTone loaded(TrainedTone model) {
    try {
      return model.loaded();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
