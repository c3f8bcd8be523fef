package org.tonewatch.tonemodel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.tone.RelationCues;
import org.tonewatch.annotate.tone.SentimentTreeTone;
import org.tonewatch.annotate.tone.ToneFeatures;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores a tone model on a labelled file in the NewsMTSC format: each example's sentence goes through the same NLP
 * engine and the same model as in the nightly job, with the labelled mention as the target.
 */
@Command(name = "evaluate-tone", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Scores the tone model on a labelled file (NewsMTSC format: sentence, mention, from, to, polarity).",
        "Prints accuracy, per-class precision, recall and F1, the confusion matrix, and last macro_f1=0.xxx."})
public final class ToneEvaluation implements Callable<Integer> {
  /** The NLP settings of the nightly job's default configuration, with dependencies for the trained model. */
  static final NlpSettings NLP = new NlpSettings(NlpSettings.CORENLP, "sr", 100, true);

  @Parameters(paramLabel = "FILE.jsonl", description = "the labelled file")
  Path file;

  @Option(names = "--tone-model", paramLabel = "NAME",
      description = "trained (the default) or sentiment-tree (the first version), as tone.model in the job")
  String toneModel = TrainedTone.NAME;

  @Option(names = "--model-path", paramLabel = "FILE",
      description = "a model file written by jobs/train-tone.sh (default: the model that ships with the project)")
  String modelPath = TrainedTone.BUNDLED;

  @Option(names = "--cache", paramLabel = "DIR", description = "keep parsed files here to skip parsing next time")
  Path cache;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ToneEvaluation()).execute(args));
  }

  @Override
  public Integer call() {
    ToneModel model = model(toneModel, modelPath, ReferenceData.bundled());
    List<ParsedExample> examples = new ExampleParser(NLP, cache).parse(file);
    System.out.println("file: " + file + ", tone model: " + model.name());
    System.out.print(score(examples, example -> predict(model, example)).report());
    return 0;
  }

  /** The tone model named {@code name}, as the job builds it. */
  public static ToneModel model(String name, String modelPath, ReferenceData reference) {
    RelationCues cues = RelationCues.load(reference);
    return switch (name) {
      case TrainedTone.NAME -> new TrainedTone(modelPath, new ToneFeatures(cues));
      case SentimentTreeTone.NAME -> new SentimentTreeTone(cues);
      default -> throw new org.tonewatch.UsageException(
          "tone model must be " + TrainedTone.NAME + " or " + SentimentTreeTone.NAME + ", not '" + name + "'");
    };
  }

  /** The model's tone for the example's target, or null when the sentence was not parsed. */
  public static Integer predict(ToneModel model, ParsedExample example) {
    if (!example.isScorable()) {
      return null;
    }
    RussiaMention target = new RussiaMention("target", example.first(), example.end());
    return model.score(example.sentence(), List.of(target)).get(0).tone();
  }

  static Scores score(List<ParsedExample> examples, Function<ParsedExample, Integer> predict) {
    Scores scores = new Scores();
    for (ParsedExample example : examples) {
      scores.add(example.source().polarity(), example.isScorable() ? predict.apply(example) : null);
    }
    return scores;
  }
}
