package org.tonewatch.tonemodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.tonewatch.UsageException;
import org.tonewatch.aggregate.ErrorRates;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.RelationCues;
import org.tonewatch.annotate.tone.ToneFeatures;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The second step of {@code jobs/train-tone-encoder.sh}: stacks the fine-tuned encoder on the trained linear model and
 * calibrates the two together on the in-domain development split. For each share s of the grid, the mention's scores
 * are encoder + s · linear, the temperature is fitted by the Brier score ({@link Calibration}), and the dev macro-F1
 * of the pipeline's rule is measured; the share with the best macro-F1 is kept (the smaller one on a tie). The grid
 * starts at 0.25, not 0: the linear part is what the evidence can name (see {@link EncoderTone}). Writes the
 * properties file that names the files with their SHA-256, then the card and the error rates ({@link ModelCard}).
 * Deterministic: the same files give the same bytes.
 */
@Command(name = "calibrate-encoder", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Stacks the fine-tuned tone encoder on the linear model, fits the linear share and the temperature on "
        + "the in-domain development split, and writes tone-encoder.properties, its card and its error rates.")
public final class CalibrateEncoder implements Callable<Integer> {
  @Option(names = "--encoder", paramLabel = "PREFIX",
      description = "PREFIX.onnx.gz and PREFIX.tokenizer.json as train_encoder.py wrote them; PREFIX.properties is written "
          + "(default: ${DEFAULT-VALUE})")
  Path prefix = Path.of("src/main/resources/tone/tone-encoder");

  @Option(names = "--linear-model", paramLabel = "FILE",
      description = "the linear model it is stacked on, beside it (default: ${DEFAULT-VALUE})")
  Path linearModel = Path.of("src/main/resources/tone/tone-model.tsv.gz");

  @Option(names = "--dev", paramLabel = "FILE", description = "the development split (default: ${DEFAULT-VALUE})")
  Path dev = Path.of("data/labels/dev.jsonl");

  @Option(names = "--check", paramLabel = "FILE", split = ",",
      description = "labelled files scored into the card but never used for a choice (default: ${DEFAULT-VALUE})")
  List<Path> checks = List.of(Path.of("data/newsmtsc/dev-rw.jsonl"), Path.of("data/newsmtsc/dev-mt.jsonl"),
      Path.of("data/checks/uk-russia-tone.jsonl"));

  @Option(names = "--linear-share", paramLabel = "S", split = ",",
      description = {"shares of the linear model's scores to try (default: ${DEFAULT-VALUE}).",
          "The default leaves out 0 (the encoder alone) so that every tone has reasons a reader can check: the linear "
              + "model's features are its evidence besides the encoder's own share."})
  List<Double> shares = List.of(0.25, 0.5, 1.0);

  @Option(names = "--calibration", paramLabel = "LOSS",
      description = {"what the temperature minimises on dev: brier (the Brier score, the default) or nll (the negative "
          + "log-likelihood).", "Both are proper scoring rules; on the shipped encoder nll's temperature left an expected "
          + "calibration error of 0.059 on dev and brier's 0.048, so brier is the default (a choice made on dev)."})
  String calibration = "brier";

  @Option(names = "--max-length", paramLabel = "N", description = "word pieces the encoder reads, as trained (default: ${DEFAULT-VALUE})")
  int maxLength = 96;

  @Option(names = "--window", paramLabel = "N", description = "characters kept each side of the mention, as trained (default: ${DEFAULT-VALUE})")
  int window = 200;

  @Option(names = "--cache", paramLabel = "DIR", description = "where parsed files are kept (default: ${DEFAULT-VALUE})")
  Path cache = Path.of("target/tone-cache");

  public static void main(String[] args) {
    System.exit(new CommandLine(new CalibrateEncoder()).execute(args));
  }

  /** One dev example's targets as scored: the encoder's and the linear model's scores of each, and the true class. */
  record Stacked(List<double[]> encoder, List<double[]> linear, int truth) {}

  @Override
  public Integer call() {
    try {
      return calibrate();
    } catch (UsageException e) {
      System.err.println("calibrate-encoder: " + e.getMessage());
      return 2;
    }
  }

  private int calibrate() {
    if (!calibration.equals("brier") && !calibration.equals("nll")) {
      throw new UsageException("--calibration takes brier or nll, not " + calibration);
    }
    Path properties = Path.of(prefix + ".properties");
    Path linearCopy = properties.resolveSibling(linearModel.getFileName());
    if (!linearCopy.toAbsolutePath().normalize().equals(linearModel.toAbsolutePath().normalize())) {
      throw new UsageException("--linear-model must lie beside " + properties + ", where the properties file names it");
    }
    ExampleParser parser = new ExampleParser(ToneEvaluation.NLP, cache);
    List<ParsedExample> devExamples = parser.parse(dev);
    ToneFeatures features = new ToneFeatures(RelationCues.load(ReferenceData.bundled()));
    TrainedTone linear = new TrainedTone(linearModel.toString(), features).loaded();
    // The encoder alone (share 0, temperature 1), to read its raw scores; under its own name, as a model is loaded
    // once per JVM and name.
    Path uncalibrated = Path.of(prefix + ".uncalibrated.properties");
    writeProperties(uncalibrated, linear.sha256(), 0, 1);
    List<Stacked> stacked;
    try {
      stacked = stacked(new EncoderTone(uncalibrated.toString(), features).load(), linear, features, devExamples);
    } finally {
      delete(uncalibrated);
    }
    double bestShare = Double.NaN;
    double bestTemperature = 1;
    double bestF1 = -1;
    for (double share : shares) {
      List<Calibration.Scored> scored = new ArrayList<>();
      for (Stacked s : stacked) {
        for (int t = 0; t < s.encoder().size(); t++) {
          scored.add(new Calibration.Scored(combined(s, t, share), s.truth()));
        }
      }
      double temperature = calibration.equals("nll") ? Calibration.fitTemperature(scored)
          : Calibration.fitTemperatureByBrier(scored);
      Scores scores = new Scores();
      for (Stacked s : stacked) {
        scores.add(s.truth() - 1, TrainedTone.ofMean(probabilities(s, share, temperature)).tone());
      }
      System.err.printf(Locale.ROOT, "[calibrate-encoder] linear share %.2f: temperature %.4f (%s), dev macro_f1=%.3f "
          + "favourable_f1=%.3f accuracy=%.3f ece=%.3f%n", share, temperature, calibration, scores.macroF1(), scores.f1(2),
          scores.accuracy(), ece(stacked, share, temperature));
      if (scores.macroF1() > bestF1 + 1e-12) {
        bestShare = share;
        bestTemperature = temperature;
        bestF1 = scores.macroF1();
      }
    }
    writeProperties(properties, linear.sha256(), bestShare, bestTemperature);
    EncoderTone written = new EncoderTone(properties.toString(), features).load();
    ModelCard.write(written, TrainTone.cardOf(properties),
        Path.of(TrainedTone.companion(properties.toString(), ErrorRates.EXTENSION)), mentionFigures(written, dev, devExamples), dev, devExamples, checks,
        parser, "# Figures of " + properties.getFileName() + " (the encoder stacked on " + linearModel.getFileName()
            + "), as scored by jobs/evaluate-tone.sh; " + dev.getFileName() + " chose the linear share, the temperature, its loss "
            + "and the encoder's epochs, so its figures are development figures");
    System.err.printf(Locale.ROOT, "[calibrate-encoder] kept linear share %.2f, temperature %.4f (dev macro-F1 %.3f); "
        + "written to %s%n", bestShare, bestTemperature, bestF1, properties);
    return 0;
  }

  /**
   * The job's mentions on the dev split with this encoder judging which of the finder's candidates are Russia as an
   * actor, as {@code jobs/evaluate-mentions.sh} scores them: {@code FILE.mentions_precision} and {@code .mentions_recall}.
   */
  static Map<String, String> mentionFigures(EncoderTone encoder, Path dev, List<ParsedExample> devExamples) {
    ReferenceData reference = ReferenceData.bundled();
    MentionEvaluation.Counts counts = MentionEvaluation.score(devExamples, MentionEvaluation.years(dev),
        LeaderGazetteer.from(reference), RussiaMentionFinder.load(reference), encoder, false);
    String file = dev.getFileName().toString();
    return Map.of(file + ".mentions_precision", String.format(Locale.ROOT, "%.3f", counts.precision()),
        file + ".mentions_recall", String.format(Locale.ROOT, "%.3f", counts.recall()));
  }

  /** The scores of the dev split's actor examples that the engine parsed, each target's encoder and linear scores. */
  private static List<Stacked> stacked(EncoderTone encoder, TrainedTone linear, ToneFeatures features,
      List<ParsedExample> examples) {
    List<Stacked> out = new ArrayList<>();
    for (ParsedExample example : examples) {
      if (example.isScorable() && example.hasTone()) {
        List<double[]> e = new ArrayList<>();
        List<double[]> l = new ArrayList<>();
        for (RussiaMention target : example.targets()) {
          e.add(encoder.encoderScores(example.sentence(), target));
          l.add(linearScores(linear, features, example, target));
        }
        out.add(new Stacked(e, l, example.source().polarity() + 1));
      }
    }
    return out;
  }

  private static double[] linearScores(TrainedTone linear, ToneFeatures features, ParsedExample example, RussiaMention target) {
    return linear.scores(features.extract(example.sentence(), target.first(), target.end()));
  }

  /** The example's targets' probabilities at this share and temperature. */
  private static List<double[]> probabilities(Stacked s, double share, double temperature) {
    List<double[]> probabilities = new ArrayList<>();
    for (int t = 0; t < s.encoder().size(); t++) {
      probabilities.add(TrainedTone.Weights.softmax(combined(s, t, share), temperature));
    }
    return probabilities;
  }

  /** The expected calibration error over the examples, as {@code jobs/evaluate-tone.sh} measures it. */
  private static double ece(List<Stacked> stacked, double share, double temperature) {
    List<double[]> p = new ArrayList<>();
    List<Integer> truths = new ArrayList<>();
    for (Stacked s : stacked) {
      p.add(TrainedTone.ofMean(probabilities(s, share, temperature)).probabilities());
      truths.add(s.truth());
    }
    return Calibration.reliability(p, truths, 10).ece();
  }

  private static double[] combined(Stacked s, int target, double share) {
    double[] e = s.encoder().get(target);
    double[] l = s.linear().get(target);
    return new double[] {e[0] + share * l[0], e[1] + share * l[1], e[2] + share * l[2]};
  }

  private void writeProperties(Path properties, String linearSha256, double share, double temperature) {
    Path onnx = Path.of(prefix + ".onnx.gz");
    Path tokenizer = Path.of(prefix + ".tokenizer.json");
    TreeMap<String, String> values = new TreeMap<>();
    values.put("encoder", onnx.getFileName().toString());
    values.put("encoder_sha256", sha256(onnx));
    values.put("tokenizer", tokenizer.getFileName().toString());
    values.put("tokenizer_sha256", sha256(tokenizer));
    values.put("linear_model", linearModel.getFileName().toString());
    values.put("linear_model_sha256", linearSha256);
    values.put("linear_share", String.format(Locale.ROOT, "%.2f", share));
    values.put("temperature", String.format(Locale.ROOT, "%.6f", temperature));
    values.put("max_length", Integer.toString(maxLength));
    values.put("window", Integer.toString(window));
    try (Writer writer = Files.newBufferedWriter(properties, StandardCharsets.UTF_8)) {
      writer.write("# tonewatch tone encoder, written by jobs/train-tone-encoder.sh: the files it reads, with their SHA-256, "
          + "and the stacking fitted on " + dev.getFileName() + "\n");
      for (Map.Entry<String, String> entry : values.entrySet()) {
        writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + properties, e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  private static String sha256(Path file) {
    try {
      return EncoderTone.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + " (run jobs/train-tone-encoder.sh without --skip-fine-tuning)", e);
    }
  }
}
