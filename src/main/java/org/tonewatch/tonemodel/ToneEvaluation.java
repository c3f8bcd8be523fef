package org.tonewatch.tonemodel;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.TreeMap;
import java.util.Map;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tonewatch.UsageException;
import org.tonewatch.aggregate.ErrorRates;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
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
      description = "encoder (the default), trained (the linear model) or sentiment-tree (the first version), as "
          + "tone.model in the job")
  String toneModel = EncoderTone.NAME;

  @Option(names = "--model-path", paramLabel = "FILE",
      description = "a model file written by jobs/train-tone-encoder.sh (its .properties) or jobs/train-tone.sh "
          + "(default: the model that ships with the project)")
  String modelPath;

  @Option(names = "--cache", paramLabel = "DIR", description = "keep parsed files here to skip parsing next time")
  Path cache;

  @Option(names = "--reliability-csv", paramLabel = "FILE",
      description = "write the reliability table (bins of the top class's probability) as CSV, for the diagram")
  Path reliabilityCsv;

  @Option(names = "--errors-csv", paramLabel = "FILE",
      description = {"write the error rates the aggregates correct for (trained model only): every labelled pair the job's "
          + "mention finder finds, with its article, its label (0 when it is not Russia as an actor) and the model's tone.",
          "The shipped file is src/main/resources/tone/tone-model.errors.csv, from data/labels/dev.jsonl."})
  Path errorsCsv;

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
    Map<String, List<ParsedExample>> byGroup = new TreeMap<>();
    for (ParsedExample example : examples) {
      if (example.source().bias() != null) {
        byGroup.computeIfAbsent(example.source().bias(), g -> new ArrayList<>()).add(example);
      }
    }
    for (Map.Entry<String, List<ParsedExample>> group : byGroup.entrySet()) {
      Scores scores = score(group.getValue(), example -> predict(model, example));
      System.out.printf(Locale.ROOT, "outlet group %-8s examples=%4d accuracy=%.3f macro_f1=%.3f favourable_f1=%.3f%n",
          group.getKey(), scores.total(), scores.accuracy(), scores.macroF1(), scores.f1(2));
    }
    Calibration.Reliability reliability = reliability(model, examples);
    if (reliability.total() > 0) {
      System.out.print("reliability (top-class probability):\n" + reliability.table());
      System.out.printf(Locale.ROOT, "ece=%.3f%n", reliability.ece());
      if (reliabilityCsv != null) {
        try {
          Files.writeString(reliabilityCsv, reliability.table());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + reliabilityCsv, e);
        }
      }
    }
    if (errorsCsv != null) {
      if (model.sha256() == null) {
        System.err.println("evaluate-tone: --errors-csv needs a trained model, not " + model.name());
        return 2;
      }
      ErrorRates errors = errorRates(model, examples, file);
      try (Writer out = Files.newBufferedWriter(errorsCsv)) {
        errors.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + errorsCsv, e);
      }
      System.out.printf(Locale.ROOT, "error rates of %d found pairs in %d articles written to %s%n", errors.pairs().size(),
          errors.articles(), errorsCsv);
    }
    Scores all = score(examples, example -> predict(model, example));
    System.out.printf(Locale.ROOT, "favourable_f1=%.3f%n", all.f1(2));
    System.out.print(all.report());
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

  /**
   * The reliability table and expected calibration error (10 bins) of the model's class probabilities on the tone
   * examples: each example's probabilities combined over its targets by the model's rule, as its tone is.
   */
  public static Calibration.Reliability reliability(ToneModel model, List<ParsedExample> examples) {
    List<double[]> probabilities = new ArrayList<>();
    List<Integer> truths = new ArrayList<>();
    for (ParsedExample example : examples) {
      if (example.hasTone() && example.isScorable()) {
        double[] p = model.combine(model.score(example.sentence(), example.targets())).probabilities();
        if (p != null) {
          probabilities.add(p);
          truths.add(example.source().polarity() + 1);
        }
      }
    }
    return Calibration.reliability(probabilities, truths, 10);
  }

  /**
   * The error rates of {@code model} as the aggregates meet them: over the pairs of {@code file} that the job's mention
   * keeps (the finder's candidates the model takes for actors: an actor it misses is in no table; a non-actor it keeps
   * is counted, and its true tone is 0), the
   * label against the model's tone. Pairs the engine could not parse are left out, as their sentences have no tone.
   */
  public static ErrorRates errorRates(ToneModel model, List<ParsedExample> examples, Path file) {
    ReferenceData reference = ReferenceData.bundled();
    LeaderGazetteer gazetteer = LeaderGazetteer.from(reference);
    RussiaMentionFinder finder = RussiaMentionFinder.load(reference);
    Map<String, Integer> years = MentionEvaluation.years(file);
    Map<String, String> articles = MentionEvaluation.fieldById(file, "article_id");
    List<ErrorRates.Pair> pairs = new ArrayList<>();
    for (ParsedExample example : examples) {
      TargetedSentence source = example.source();
      if (example.isScorable()
          && MentionEvaluation.finds(example.sentence(), source.targets().get(0), years.get(source.id()), gazetteer, finder, model)) {
        String article = articles.get(source.id());
        if (article == null) {
          throw new UsageException(file + ": pair " + source.id() + " has no article_id, which the error rates are drawn by");
        }
        pairs.add(new ErrorRates.Pair(article, source.actor() ? source.polarity() : 0, predict(model, example)));
      }
    }
    return ErrorRates.of(model.sha256(), pairs);
  }

  static Scores score(List<ParsedExample> examples, Function<ParsedExample, Integer> predict) {
    Scores scores = new Scores();
    for (ParsedExample example : examples) {
      if (example.hasTone()) {
        scores.add(example.source().polarity(), example.isScorable() ? predict.apply(example) : null);
      }
    }
    return scores;
  }
}
