package org.tonewatch.tonemodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tonewatch.UsageException;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
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
  /** The NLP settings of the nightly job's default configuration. */
  static final NlpSettings NLP = new NlpSettings(NlpSettings.CORENLP, "sr", 100, NlpSettings.PARSE_MAX_MILLIS, true);

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

  @Option(names = "--show-errors", description = "print each example the model gets wrong, with its score, first")
  boolean showErrors;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ToneEvaluation()).execute(args));
  }

  @Override
  public Integer call() {
    ToneModel model;
    List<ParsedExample> examples;
    try {
      model = ToneModels.named(toneModel, modelPath, ReferenceData.bundled());
      examples = new ExampleParser(NLP, cache).parse(file);
    } catch (UsageException e) {
      System.err.println("evaluate-tone: " + e.getMessage());
      return 2;
    }
    System.out.println("file: " + file + ", tone model: " + model.name());
    if (showErrors) {
      for (ParsedExample example : examples) {
        Integer predicted = predict(model, example);
        if (!Integer.valueOf(example.source().polarity()).equals(predicted)) {
          System.out.printf(Locale.ROOT, "wrong: %s labelled %+d, predicted %s (score %s): %s%n", example.source().id(),
              example.source().polarity(), predicted == null ? "nothing (not parsed)" : String.format(Locale.ROOT, "%+d", predicted),
              predicted == null ? "-" : String.format(Locale.ROOT, "%.2f", score(model, example)),
              example.source().sentence().replaceAll("\\s+", " "));
        }
      }
      System.out.println();
    }
    System.out.print(score(examples, example -> predict(model, example)).report());
    return 0;
  }

  /**
   * The model's tone for the example's targets, combined by the model's rule as the job combines the mentions of a
   * sentence; null when the sentence was not parsed.
   */
  public static Integer predict(ToneModel model, ParsedExample example) {
    if (!example.isScorable()) {
      return null;
    }
    return model.combine(model.score(example.sentence(), example.targets())).tone();
  }

  private static double score(ToneModel model, ParsedExample example) {
    return model.combine(model.score(example.sentence(), example.targets())).score();
  }

  static Scores score(List<ParsedExample> examples, Function<ParsedExample, Integer> predict) {
    Scores scores = new Scores();
    for (ParsedExample example : examples) {
      scores.add(example.source().polarity(), example.isScorable() ? predict.apply(example) : null);
    }
    return scores;
  }
}
