package org.tonewatch.tonemodel;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.tonewatch.UsageException;
import org.tonewatch.aggregate.ErrorRates;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.tone.RelationCues;
import org.tonewatch.annotate.tone.ToneFeatures;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the tone model: parses NewsMTSC, the in-domain training split and the in-domain development split with the
 * pipeline's NLP settings, extracts {@link ToneFeatures}, and fits CoreNLP's multinomial logistic regression
 * (quasi-Newton, L2 prior) for every setting of the grid: the adaptation (feature augmentation or pooled data), the
 * weight of an in-domain example (how many copies of it the fit sees) and the prior width. Every setting is chosen on
 * the in-domain development split alone (macro-F1 over its actor mentions). The kept model's temperature is then fitted
 * on that split too (temperature scaling, see {@link Calibration}). Writes the weights and a model card with the
 * development and check figures. Deterministic: the same files and options give the same model file byte for byte.
 *
 * <p>Domain adaptation by feature augmentation (Daumé III, "Frustratingly Easy Domain Adaptation", ACL 2007): every
 * feature is given twice, once shared by both domains and once private to its example's domain (NewsMTSC or the
 * in-domain labels), so that the fit learns what carries over and what is particular to coverage of Russia. A model
 * for the in-domain text then sums a feature's shared and in-domain weights, which is what the file holds: the
 * pipeline scores it as any other linear model.
 */
@Command(name = "train-tone", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Trains the target-dependent tone model on NewsMTSC and the in-domain labels and writes it where the "
        + "pipeline loads it.")
public final class TrainTone implements Callable<Integer> {
  static final String SHARED = "g|";
  static final String IN_DOMAIN = "russia|";
  static final String NEWS = "news|";

  @Option(names = "--train", paramLabel = "FILE", description = "NewsMTSC's training file (default: ${DEFAULT-VALUE})")
  Path train = Path.of("data/newsmtsc/train.jsonl");

  @Option(names = "--in-domain", paramLabel = "FILE", description = "the in-domain training split (default: ${DEFAULT-VALUE})")
  Path inDomain = Path.of("data/labels/train.jsonl");

  @Option(names = "--dev", paramLabel = "FILE",
      description = "the in-domain development split every setting is chosen on (default: ${DEFAULT-VALUE})")
  Path dev = Path.of("data/labels/dev.jsonl");

  @Option(names = "--check", paramLabel = "FILE", split = ",",
      description = "labelled files scored into the model card but never used for a choice (default: ${DEFAULT-VALUE})")
  List<Path> checks = List.of(Path.of("data/newsmtsc/dev-rw.jsonl"), Path.of("data/newsmtsc/dev-mt.jsonl"),
      Path.of("data/checks/uk-russia-tone.jsonl"));

  @Option(names = "--adaptation", paramLabel = "A", split = ",",
      description = "ways to combine the domains to try: augment (feature augmentation), pooled (default: ${DEFAULT-VALUE})")
  List<String> adaptations = List.of("augment", "pooled");

  @Option(names = "--in-domain-weight", paramLabel = "W", split = ",",
      description = "copies of each in-domain example the fit sees, to try (default: ${DEFAULT-VALUE})")
  List<Integer> inDomainWeights = List.of(1, 3, 6);

  @Option(names = "--sigma", paramLabel = "S", split = ",",
      description = "widths of the Gaussian prior to try (default: ${DEFAULT-VALUE})")
  List<Double> sigmas = List.of(0.25, 0.5, 1.0);

  @Option(names = "--min-count", paramLabel = "N",
      description = "drop features seen in fewer training examples (default: ${DEFAULT-VALUE})")
  int minCount = 3;

  @Option(names = "--out", paramLabel = "FILE", description = "the model file to write (default: ${DEFAULT-VALUE})")
  Path out = Path.of("src/main/resources/tone/tone-model.tsv.gz");

  @Option(names = "--cache", paramLabel = "DIR", description = "where parsed files are kept (default: ${DEFAULT-VALUE})")
  Path cache = Path.of("target/tone-cache");

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainTone()).execute(args));
  }

  @Override
  public Integer call() {
    try {
      return train();
    } catch (UsageException e) {
      System.err.println("train-tone: " + e.getMessage());
      return 2;
    }
  }

  /** One fitted setting: its weights for in-domain text and its development macro-F1. */
  record Fit(String adaptation, int weight, double sigma, Map<String, double[]> weights, double devMacroF1) {}

  private int train() {
    for (String a : adaptations) {
      if (!a.equals("augment") && !a.equals("pooled")) {
        throw new UsageException("--adaptation takes augment or pooled, not " + a);
      }
    }
    ExampleParser parser = new ExampleParser(ToneEvaluation.NLP, cache);
    ToneFeatures features = new ToneFeatures(RelationCues.load(ReferenceData.bundled()));
    List<ParsedExample> news = parser.parse(train);
    List<ParsedExample> russia = parser.parse(inDomain);
    List<ParsedExample> devExamples = parser.parse(dev);

    Fit best = null;
    for (String adaptation : adaptations) {
      for (int weight : inDomainWeights) {
        RVFDataset<String, String> training = new RVFDataset<>();
        add(training, news, features, adaptation.equals("augment") ? NEWS : null, 1);
        add(training, russia, features, adaptation.equals("augment") ? IN_DOMAIN : null, weight);
        training.applyFeatureCountThreshold(minCount);
        for (double sigma : sigmas) {
          LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
          factory.setSigma(sigma);
          factory.setVerbose(false);
          Map<String, double[]> weights = forInDomain(factory.trainClassifier(training), adaptation.equals("augment"));
          TrainedTone.Weights model = new TrainedTone.Weights(weights, 1, "");
          Scores scores = ToneEvaluation.score(devExamples, example -> predict(model, features, example));
          System.err.printf(Locale.ROOT, "[tone] adaptation=%s in_domain_weight=%d sigma=%.3g: %d examples, %d features; "
              + "dev macro_f1=%.3f favourable_f1=%.3f acc=%.3f%n", adaptation, weight, sigma, training.size(),
              training.numFeatures(), scores.macroF1(), scores.f1(2), scores.accuracy());
          if (best == null || scores.macroF1() > best.devMacroF1() + 1e-12) {
            best = new Fit(adaptation, weight, sigma, weights, scores.macroF1());
          }
        }
      }
    }
    double temperature = Calibration.fitTemperature(scored(new TrainedTone.Weights(best.weights(), 1, ""), features, devExamples));
    write(best, temperature);
    writeCard(features, parser, devExamples);
    System.err.printf(Locale.ROOT, "[tone] kept adaptation=%s in_domain_weight=%d sigma=%.3g (dev macro-F1 %.3f), "
        + "temperature %.4f; model written to %s%n", best.adaptation(), best.weight(), best.sigma(), best.devMacroF1(),
        temperature, out);
    return 0;
  }

  /** Adds the tone examples (actor mentions) to {@code dataset}, features prefixed for augmentation, {@code copies} times. */
  private static void add(RVFDataset<String, String> dataset, List<ParsedExample> examples, ToneFeatures features,
      String domain, int copies) {
    for (ParsedExample example : examples) {
      if (!example.isScorable() || !example.hasTone()) {
        continue;
      }
      for (RussiaMention target : example.targets()) {
        Map<String, Double> f = features.extract(example.sentence(), target.first(), target.end());
        Counter<String> counter = counter(domain == null ? f : augmented(f, domain));
        for (int c = 0; c < copies; c++) {
          dataset.add(new RVFDatum<>(counter, Integer.toString(example.source().polarity())));
        }
      }
    }
  }

  /** Each feature twice: shared ({@code g|f}) and private to the example's domain ({@code domain|f}). */
  static Map<String, Double> augmented(Map<String, Double> features, String domain) {
    Map<String, Double> out = new TreeMap<>();
    features.forEach((name, value) -> {
      out.put(SHARED + name, value);
      out.put(domain + name, value);
    });
    return out;
  }

  /**
   * The classifier's weights as in-domain text sees them: with augmentation, a feature's shared weight plus its
   * in-domain weight (NewsMTSC's private weights drop out); pooled, the weights as they are.
   */
  static Map<String, double[]> forInDomain(LinearClassifier<String, String> classifier, boolean augmentation) {
    Map<String, Counter<String>> byClass = classifier.weightsAsMapOfCounters();
    TreeMap<String, double[]> rows = new TreeMap<>();
    for (int k = 0; k < 3; k++) {
      Counter<String> weights = byClass.get(Integer.toString(k - 1));
      for (String feature : weights.keySet()) {
        String name = feature;
        if (augmentation) {
          if (feature.startsWith(NEWS)) {
            continue;
          }
          name = feature.startsWith(SHARED) ? feature.substring(SHARED.length()) : feature.substring(IN_DOMAIN.length());
        }
        rows.computeIfAbsent(name, f -> new double[3])[k] += weights.getCount(feature);
      }
    }
    return rows;
  }

  /** The example's tone under in-memory weights, its targets combined by the pipeline's own rule. */
  private static Integer predict(TrainedTone.Weights model, ToneFeatures features, ParsedExample example) {
    return TrainedTone.ofMean(example.targets().stream()
        .map(target -> model.probabilities(features.extract(example.sentence(), target.first(), target.end())))
        .toList()).tone();
  }

  /** The development examples' linear scores (one per actor mention) and true classes, for the temperature. */
  static List<Calibration.Scored> scored(TrainedTone.Weights model, ToneFeatures features, List<ParsedExample> examples) {
    List<Calibration.Scored> scored = new ArrayList<>();
    for (ParsedExample example : examples) {
      if (example.isScorable() && example.hasTone()) {
        for (RussiaMention target : example.targets()) {
          scored.add(new Calibration.Scored(model.scores(features.extract(example.sentence(), target.first(), target.end())),
              example.source().polarity() + 1));
        }
      }
    }
    return scored;
  }

  private void writeCard(ToneFeatures features, ExampleParser parser, List<ParsedExample> devExamples) {
    TrainedTone written = new TrainedTone(out.toString(), features);
    ModelCard.write(written, cardOf(out), Path.of(TrainedTone.companion(out.toString(), ErrorRates.EXTENSION)),
        Map.of("features_version", Integer.toString(ToneFeatures.VERSION)), dev, devExamples, checks, parser,
        "# Figures of " + out.getFileName() + ", as scored by jobs/evaluate-tone.sh; " + dev.getFileName()
            + " chose every setting and the temperature, so its figures are development figures");
  }

  /** The model card next to a model file: {@code x.tsv.gz} → {@code x.card.properties}. */
  public static Path cardOf(Path model) {
    return Path.of(TrainedTone.companion(model.toString(), ".card.properties"));
  }

  private static Counter<String> counter(Map<String, Double> features) {
    // Sorted, so that the feature index, and with it the fit, does not depend on hash order.
    ClassicCounter<String> counter = new ClassicCounter<>();
    new TreeMap<>(features).forEach(counter::setCount);
    return counter;
  }

  private void write(Fit fit, double temperature) {
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream file = Files.newOutputStream(out);
          PrintWriter writer = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8))) {
        writer.println("# tonewatch tone model: multinomial logistic regression, written by jobs/train-tone.sh");
        writer.println("# features_version=" + ToneFeatures.VERSION);
        writer.printf(Locale.ROOT, "# adaptation=%s in_domain_weight=%d sigma=%s min_count=%d train=%s in_domain=%s dev=%s%n",
            fit.adaptation(), fit.weight(), fit.sigma(), minCount, train.getFileName(), inDomain.getFileName(), dev.getFileName());
        writer.printf(Locale.ROOT, "%s%.6f%n", TrainedTone.TEMPERATURE, temperature);
        writer.println("# feature\tunfavourable\tneither\tfavourable");
        for (Map.Entry<String, double[]> row : new TreeMap<>(fit.weights()).entrySet()) {
          double[] w = row.getValue();
          writer.printf(Locale.ROOT, "%s\t%.6g\t%.6g\t%.6g%n", row.getKey(), w[0], w[1], w[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the tone model to " + out, e);
    }
  }
}
