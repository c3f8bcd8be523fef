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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.tonewatch.UsageException;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.tone.RelationCues;
import org.tonewatch.annotate.tone.ToneFeatures;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the tone model: parses the training and development files with the pipeline's NLP settings, extracts
 * {@link ToneFeatures}, fits CoreNLP's multinomial logistic regression (quasi-Newton, L2 prior) for each prior width
 * on the grid, keeps the one with the best mean macro-F1 over the development files, and writes its weights and a
 * model card. The fit is deterministic: the same files and options give the same model file byte for byte.
 */
@Command(name = "train-tone", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Trains the target-dependent tone model on NewsMTSC and writes it where the pipeline loads it.")
public final class TrainTone implements Callable<Integer> {
  @Option(names = "--train", paramLabel = "FILE", description = "labelled training file (default: ${DEFAULT-VALUE})")
  Path train = Path.of("data/newsmtsc/train.jsonl");

  @Option(names = "--dev", paramLabel = "FILE", split = ",",
      description = "development files the prior width is chosen on (default: ${DEFAULT-VALUE})")
  List<Path> dev = List.of(Path.of("data/newsmtsc/dev-rw.jsonl"), Path.of("data/newsmtsc/dev-mt.jsonl"));

  @Option(names = "--check", paramLabel = "FILE", split = ",",
      description = "labelled files scored into the model card but never used for a choice (default: ${DEFAULT-VALUE})")
  List<Path> checks = List.of(Path.of("data/checks/uk-russia-tone.jsonl"));

  @Option(names = "--sigma", paramLabel = "S", split = ",",
      description = "widths of the Gaussian prior to try (default: ${DEFAULT-VALUE})")
  List<Double> sigmas = List.of(0.25, 0.5, 1.0, 2.0);

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

  private int train() {
    ExampleParser parser = new ExampleParser(ToneEvaluation.NLP, cache);
    ToneFeatures features = new ToneFeatures(RelationCues.load(ReferenceData.bundled()));
    RVFDataset<String, String> training = dataset(parser.parse(train), features);
    training.applyFeatureCountThreshold(minCount);
    System.err.printf("[tone] %d training examples, %d features%n", training.size(), training.numFeatures());
    List<List<ParsedExample>> devSets = dev.stream().map(parser::parse).toList();

    LinearClassifier<String, String> best = null;
    double bestSigma = 0;
    double bestF1 = -1;
    for (double sigma : sigmas) {
      LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
      factory.setSigma(sigma);
      factory.setVerbose(false);
      LinearClassifier<String, String> classifier = factory.trainClassifier(training);
      double mean = 0;
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[tone] sigma=%.3g", sigma));
      for (int i = 0; i < devSets.size(); i++) {
        Scores scores = ToneEvaluation.score(devSets.get(i), example -> predict(classifier, features, example));
        mean += scores.macroF1() / devSets.size();
        line.append(String.format(Locale.ROOT, " %s macro_f1=%.3f acc=%.3f", dev.get(i).getFileName(), scores.macroF1(), scores.accuracy()));
      }
      System.err.println(line);
      if (mean > bestF1) {
        best = classifier;
        bestSigma = sigma;
        bestF1 = mean;
      }
    }
    write(best, bestSigma);
    writeCard(features, parser);
    System.err.printf("[tone] kept sigma=%.3g (mean dev macro-F1 %.3f); model written to %s%n", bestSigma, bestF1, out);
    return 0;
  }

  /**
   * Scores the written file, as the pipeline will load it, on each development and check file and keeps the figures
   * next to the model ({@code tone-model.card.properties}); a test checks that the shipped model still reproduces them.
   */
  private void writeCard(ToneFeatures features, ExampleParser parser) {
    TrainedTone written = new TrainedTone(out.toString(), features);
    TreeMap<String, String> card = new TreeMap<>();
    card.put("features_version", Integer.toString(ToneFeatures.VERSION));
    for (Path file : Stream.concat(dev.stream(), checks.stream()).toList()) {
      Scores scores = ToneEvaluation.score(parser.parse(file), example -> ToneEvaluation.predict(written, example));
      String name = file.getFileName().toString();
      card.put(name + ".macro_f1", String.format(Locale.ROOT, "%.3f", scores.macroF1()));
      card.put(name + ".accuracy", String.format(Locale.ROOT, "%.3f", scores.accuracy()));
      card.put(name + ".examples", Integer.toString(scores.total()));
    }
    Path file = cardOf(out);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      // Sorted and without Properties.store's date line, so that the same training writes the same file.
      writer.write("# Development figures of " + out.getFileName() + ", as scored by jobs/evaluate-tone.sh\n");
      for (Map.Entry<String, String> entry : card.entrySet()) {
        writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The model card next to a model file: {@code x.tsv.gz} → {@code x.card.properties}. */
  public static Path cardOf(Path model) {
    return model.resolveSibling(model.getFileName().toString().replaceAll("\\.tsv\\.gz$", "") + ".card.properties");
  }

  static RVFDataset<String, String> dataset(List<ParsedExample> examples, ToneFeatures features) {
    RVFDataset<String, String> dataset = new RVFDataset<>();
    for (ParsedExample example : examples) {
      if (example.isScorable()) {
        for (RussiaMention target : example.targets()) {
          dataset.add(new RVFDatum<>(counter(features.extract(example.sentence(), target.first(), target.end())),
              Integer.toString(example.source().polarity())));
        }
      }
    }
    return dataset;
  }

  private static Counter<String> counter(Map<String, Double> features) {
    // Sorted, so that the feature index, and with it the fit, does not depend on hash order.
    ClassicCounter<String> counter = new ClassicCounter<>();
    new TreeMap<>(features).forEach(counter::setCount);
    return counter;
  }

  /** The fitted classifier's class for the example's first target, for choosing the prior width. */
  private static Integer predict(LinearClassifier<String, String> classifier, ToneFeatures features, ParsedExample example) {
    RussiaMention target = example.targets().get(0);
    return Integer.parseInt(classifier.classOf(new RVFDatum<>(counter(
        features.extract(example.sentence(), target.first(), target.end())))));
  }

  private void write(LinearClassifier<String, String> classifier, double sigma) {
    Map<String, Counter<String>> byClass = classifier.weightsAsMapOfCounters();
    TreeMap<String, double[]> rows = new TreeMap<>();
    for (int k = 0; k < 3; k++) {
      int polarity = k - 1;
      Counter<String> weights = byClass.get(Integer.toString(polarity));
      for (String feature : weights.keySet()) {
        rows.computeIfAbsent(feature, f -> new double[3])[k] = weights.getCount(feature);
      }
    }
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream file = Files.newOutputStream(out);
          PrintWriter writer = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8))) {
        writer.println("# tonewatch tone model: multinomial logistic regression, written by jobs/train-tone.sh");
        writer.println("# features_version=" + ToneFeatures.VERSION);
        writer.printf(Locale.ROOT, "# sigma=%s min_count=%d train=%s%n", sigma, minCount, train.getFileName());
        writer.println("# feature\tunfavourable\tneither\tfavourable");
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
          double[] w = row.getValue();
          writer.printf(Locale.ROOT, "%s\t%.6g\t%.6g\t%.6g%n", row.getKey(), w[0], w[1], w[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the tone model to " + out, e);
    }
  }
}
