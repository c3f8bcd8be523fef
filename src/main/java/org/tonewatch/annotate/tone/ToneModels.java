package org.tonewatch.annotate.tone;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.tonewatch.UsageException;
import org.tonewatch.reference.ReferenceData;

/** The tone models by the name {@code tone.model} gives them. Runs on the driver. */
public final class ToneModels {
  public static final List<String> NAMES = List.of(EncoderTone.NAME, TrainedTone.NAME, SentimentTreeTone.NAME);

  private ToneModels() {}

  /**
   * The model called {@code name}; a trained model is loaded here, so that a missing or outdated model file stops
   * the run on the driver with a message rather than failing every task.
   *
   * @param modelPath the model's file ({@code classpath:/…} or a path), or null for the one that ships with the
   *     project; ignored by the first version
   */
  public static ToneModel named(String name, String modelPath, ReferenceData reference) {
    RelationCues cues = RelationCues.load(reference);
    return switch (name) {
      case EncoderTone.NAME -> loaded(() -> new EncoderTone(modelPath == null ? EncoderTone.BUNDLED : modelPath,
          new ToneFeatures(cues)).load());
      case TrainedTone.NAME -> loaded(() -> new TrainedTone(modelPath == null ? TrainedTone.BUNDLED : modelPath,
          new ToneFeatures(cues)).loaded());
      case SentimentTreeTone.NAME -> new SentimentTreeTone(cues);
      default -> throw new UsageException("tone.model must be one of " + NAMES + ", not '" + name + "'");
    };
  }

  private static ToneModel loaded(Supplier<ToneModel> model) {
    try {
      return model.get();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
