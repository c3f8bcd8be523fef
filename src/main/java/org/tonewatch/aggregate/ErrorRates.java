package org.tonewatch.aggregate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tonewatch.annotate.tone.TrainedTone;

/**
 * What the tone model gets wrong, as measured on labelled pairs: for each pair, its article, the label ({@code truth})
 * and the model's tone ({@code predicted}), both in -1/0/+1. {@link #rates} is the confusion matrix by row, P(predicted
 * class | true class); {@link #resampledCounts} draws the pairs again by article, for a bootstrap of how well the
 * rates are known.
 *
 * <p>The file ({@code tone-model.errors.csv} next to the model, written by {@code jobs/evaluate-tone.sh --errors-csv})
 * names in a first comment line the SHA-256 of the model it measured, so that rates of one model are never applied to
 * another. Immutable and serializable: it travels to executors inside the aggregate function.
 */
public final class ErrorRates implements Serializable {
  /** The first line of an errors file, before the model's SHA-256 in hex. */
  public static final String MODEL_LINE = "# model_sha256=";
  static final int CLASSES = 3;
  private static final String[] HEADER = {"article_id", "truth", "predicted"};

  /** One labelled pair: its article and the label and prediction, each -1, 0 or +1. */
  public record Pair(String article, int truth, int predicted) implements Serializable {
    public Pair {
      if (Math.abs(truth) > 1 || Math.abs(predicted) > 1) {
        throw new IllegalArgumentException("a tone is -1, 0 or +1, not " + truth + " / " + predicted);
      }
    }
  }

  private final String modelSha256;
  private final List<List<Pair>> byArticle;

  private ErrorRates(String modelSha256, List<Pair> pairs) {
    this.modelSha256 = modelSha256;
    Map<String, List<Pair>> grouped = pairs.stream()
        .sorted(Comparator.comparing(Pair::article).thenComparingInt(Pair::truth).thenComparingInt(Pair::predicted))
        .collect(Collectors.groupingBy(Pair::article, LinkedHashMap::new, Collectors.toList()));
    this.byArticle = List.copyOf(grouped.values().stream().map(List::copyOf).toList());
  }

  /** Rates from {@code pairs} of the model whose file has this SHA-256. */
  public static ErrorRates of(String modelSha256, List<Pair> pairs) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("error rates need labelled pairs");
    }
    return new ErrorRates(modelSha256, pairs);
  }

  public String modelSha256() {
    return modelSha256;
  }

  public List<Pair> pairs() {
    return byArticle.stream().flatMap(List::stream).toList();
  }

  /** The number of articles the pairs come from. */
  public int articles() {
    return byArticle.size();
  }

  /** Counts by true class (rows -1, 0, +1) and predicted class (columns). */
  public long[][] counts() {
    long[][] counts = new long[CLASSES][CLASSES];
    for (List<Pair> article : byArticle) {
      add(counts, article);
    }
    return counts;
  }

  /** P(predicted = column | truth = row), classes in the order -1, 0, +1; a row without pairs is all zero. */
  public double[][] rates() {
    return AdjustedTone.byRow(counts());
  }

  /** The confusion counts of as many articles as there are, drawn with replacement (a cluster bootstrap). */
  long[][] resampledCounts(SplittableRandom random) {
    long[][] counts = new long[CLASSES][CLASSES];
    for (List<Pair> article : drawnArticles(random)) {
      add(counts, article);
    }
    return counts;
  }

  /**
   * The pairs of as many articles as there are, drawn with replacement as {@link #resampledCounts} draws them; an
   * article drawn twice counts as two articles ({@code id#draw}), as a second sample of the coverage would hold two.
   */
  ErrorRates resampled(SplittableRandom random) {
    List<Pair> pairs = new ArrayList<>();
    List<List<Pair>> drawn = drawnArticles(random);
    for (int i = 0; i < drawn.size(); i++) {
      for (Pair pair : drawn.get(i)) {
        pairs.add(new Pair(pair.article() + "#" + i, pair.truth(), pair.predicted()));
      }
    }
    return new ErrorRates(modelSha256, pairs);
  }

  private List<List<Pair>> drawnArticles(SplittableRandom random) {
    List<List<Pair>> drawn = new ArrayList<>(byArticle.size());
    for (int i = 0; i < byArticle.size(); i++) {
      drawn.add(byArticle.get(random.nextInt(byArticle.size())));
    }
    return drawn;
  }

  private static void add(long[][] counts, List<Pair> pairs) {
    for (Pair pair : pairs) {
      counts[pair.truth() + 1][pair.predicted() + 1]++;
    }
  }

  /** Reads an errors file. */
  public static ErrorRates read(Reader in, String source) {
    try (BufferedReader reader = new BufferedReader(in)) {
      String first = reader.readLine();
      if (first == null || !first.startsWith(MODEL_LINE)) {
        throw new IllegalArgumentException(source + " does not start with " + MODEL_LINE + "...");
      }
      String sha = first.substring(MODEL_LINE.length()).trim();
      List<Pair> pairs = new ArrayList<>();
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        pairs.add(new Pair(row.get("article_id"), Integer.parseInt(row.get("truth")), Integer.parseInt(row.get("predicted"))));
      }
      return of(sha, pairs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the error rates " + source, e);
    }
  }

  /** The extension of a model's errors file ({@link TrainedTone#companion}). */
  public static final String EXTENSION = ".errors.csv";

  /**
   * The errors file next to a model ({@code classpath:/…} or a path; {@code x.tsv.gz} → {@code x.errors.csv}), or null
   * when there is none.
   */
  public static ErrorRates nextTo(String modelLocation) {
    String location = TrainedTone.companion(modelLocation, EXTENSION);
    try {
      InputStream in = TrainedTone.openIfPresent(location);
      return in == null ? null : read(new InputStreamReader(in, StandardCharsets.UTF_8), location);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the error rates " + location, e);
    }
  }

  /** Writes the pairs as an errors file, sorted, so that the same pairs give the same bytes. */
  public void write(Writer out) throws IOException {
    out.write(MODEL_LINE + modelSha256 + "\n");
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").build())) {
      for (Pair pair : pairs()) {
        printer.printRecord(pair.article(), pair.truth(), pair.predicted());
      }
    }
  }
}
