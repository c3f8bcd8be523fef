package org.tonewatch.nightly;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tonewatch.UsageException;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.tone.SentimentTreeTone;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.annotate.tone.EncoderTone;

/**
 * The job's settings, parsed and validated on the driver: every key has a default or is required, and a bad value
 * stops the job before any work with a message naming the key. Spark's own settings are not here: they go to
 * {@code spark-submit --conf}. This object does not travel to executors; the serializable pieces built from it do.
 *
 * <table>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>input</td><td>required</td><td>folder of articles (.txt with an optional manifest.csv, news-please .json/.jsonl)</td></tr>
 *   <tr><td>warehouse</td><td>required</td><td>where the Delta tables are written: a folder, hdfs://... or s3a://...</td></tr>
 *   <tr><td>nlp.engine</td><td>corenlp</td><td>or a class implementing NlpEngine (tests)</td></tr>
 *   <tr><td>nlp.parser</td><td>sr</td><td>sr (shift-reduce) or pcfg</td></tr>
 *   <tr><td>nlp.parse-maxlen</td><td>100</td><td>longest sentence, in tokens, that is parsed</td></tr>
 *   <tr><td>nlp.parse-maxtime</td><td>20000</td><td>longest time, in milliseconds, one sentence's parse may take</td></tr>
 *   <tr><td>progress.seconds</td><td>30</td><td>how often a long stage prints how far it has come</td></tr>
 *   <tr><td>nlp.article-maxtime</td><td>300000</td><td>longest time, in milliseconds, one article's annotation may take; later sentences are not parsed</td></tr>
 *   <tr><td>ingest.max-characters</td><td>1000000</td><td>longer articles are rejected (the longest real live blogs are about 120,000)</td></tr>
 *   <tr><td>copies.min-similarity</td><td>0.6</td><td>Jaccard similarity of word 5-shingles from which two articles are
 *       copies of one story; 0 turns copy detection off</td></tr>
 *   <tr><td>warehouse.min-free-mb</td><td>256</td><td>the run is refused before any work when the warehouse's disk has
 *       less free space</td></tr>
 *   <tr><td>annotate.partitions</td><td>0</td><td>partitions for the annotate stage; 0 = 8 per core</td></tr>
 *   <tr><td>tone.model</td><td>encoder</td><td>encoder (a fine-tuned transformer stacked on the linear model), trained (the linear model alone) or sentiment-tree (first version)</td></tr>
 *   <tr><td>tone.model-path</td><td>(bundled)</td><td>the model's file (encoder: its .properties); empty = the one in the jar</td></tr>
 *   <tr><td>faults.fail-after</td><td>(none)</td><td>for tests: stop the run with an error after this stage (ingest,
 *       copies, annotate, publish, aggregate, record)</td></tr>
 *   <tr><td>faults.fail-first-attempt</td><td>(none)</td><td>for tests: annotate partitions (comma-separated numbers)
 *       whose first task attempt fails after one article</td></tr>
 *   <tr><td>reference.dir</td><td>(bundled)</td><td>folder with the reference CSVs; empty = those in the jar</td></tr>
 * </table>
 */
public final class JobConf {
  public static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> values;

  private JobConf(Map<String, String> values) {
    this.values = values;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("input", null);
    d.put("warehouse", null);
    d.put("nlp.engine", NlpSettings.CORENLP);
    d.put("nlp.parser", "sr");
    d.put("nlp.parse-maxlen", "100");
    d.put("nlp.parse-maxtime", Long.toString(NlpSettings.PARSE_MAX_MILLIS));
    d.put("progress.seconds", "30");
    d.put("nlp.article-maxtime", Long.toString(NlpSettings.ARTICLE_MAX_MILLIS));
    d.put("ingest.max-characters", "1000000");
    d.put("copies.min-similarity", "0.6");
    d.put("warehouse.min-free-mb", "256");
    d.put("annotate.partitions", "0");
    d.put("tone.model", EncoderTone.NAME);
    d.put("tone.model-path", "");
    d.put("reference.dir", "");
    d.put("faults.fail-after", "");
    d.put("faults.fail-first-attempt", "");
    return java.util.Collections.unmodifiableMap(d);
  }

  /** Settings from {@code file} (may be null), then {@code overrides} on top; validated. */
  public static JobConf from(Path file, Map<String, String> overrides) {
    Map<String, String> values = new TreeMap<>();
    DEFAULTS.forEach((k, v) -> {
      if (v != null) {
        values.put(k, v);
      }
    });
    if (file != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UsageException("cannot read config file " + file + " (set --config): " + e.getMessage(), e);
      }
      properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
    }
    values.putAll(overrides);
    for (String key : values.keySet()) {
      if (!DEFAULTS.containsKey(key)) {
        throw new UsageException("unknown setting '" + key + "'; known settings: " + DEFAULTS.keySet());
      }
    }
    JobConf conf = new JobConf(values);
    conf.validate();
    return conf;
  }

  private void validate() {
    required("input");
    required("warehouse");
    try {
      nlp();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    positive("ingest.max-characters");
    if (integer("warehouse.min-free-mb") < 0) {
      throw new UsageException("warehouse.min-free-mb must be 0 (no check) or more, not " + values.get("warehouse.min-free-mb"));
    }
    if (integer("annotate.partitions") < 0) {
      throw new UsageException("annotate.partitions must be 0 (automatic) or more, not " + values.get("annotate.partitions"));
    }
    double similarity = copiesMinSimilarity();
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new UsageException("copies.min-similarity must be between 0 (off) and 1, not " + values.get("copies.min-similarity"));
    }
    failFirstAttempt();
    if (!ToneModels.NAMES.contains(toneModel())) {
      throw new UsageException("tone.model must be one of " + ToneModels.NAMES + ", not '" + toneModel() + "'");
    }
  }

  public String input() { return values.get("input"); }
  public String warehouse() { return values.get("warehouse"); }
  public int maxCharacters() { return integer("ingest.max-characters"); }
  public int progressSeconds() { return positive("progress.seconds"); }
  public int annotatePartitions() { return integer("annotate.partitions"); }
  /** Free space the warehouse's disk must have before a run starts, in megabytes; 0 turns the check off. */
  public long warehouseMinFreeMegabytes() { return integer("warehouse.min-free-mb"); }

  /** The similarity from which articles are copies of one story; 0 when copy detection is off. */
  public double copiesMinSimilarity() {
    try {
      return Double.parseDouble(values.get("copies.min-similarity"));
    } catch (NumberFormatException e) {
      throw new UsageException("copies.min-similarity must be a number, not '" + values.get("copies.min-similarity") + "'", e);
    }
  }
  public String toneModel() { return values.get("tone.model"); }

  /** The tone model's file, or null for the one that ships in the jar. */
  public String toneModelPath() {
    String path = values.get("tone.model-path");
    return path.isEmpty() ? null : path;
  }
  public String referenceDir() { return values.get("reference.dir"); }
  public String failAfter() { return values.get("faults.fail-after"); }

  /** The annotate partitions whose first attempt fails ({@code faults.fail-first-attempt}); empty in real runs. */
  public Set<Integer> failFirstAttempt() {
    Set<Integer> partitions = new TreeSet<>();
    for (String part : values.get("faults.fail-first-attempt").split(",")) {
      if (!part.isBlank()) {
        try {
          partitions.add(Integer.parseInt(part.trim()));
        } catch (NumberFormatException e) {
          throw new UsageException("faults.fail-first-attempt must list partition numbers, like 0,3, not '"
              + values.get("faults.fail-first-attempt") + "'", e);
        }
      }
    }
    return partitions;
  }

  public NlpSettings nlp() {
    return new NlpSettings(values.get("nlp.engine"), values.get("nlp.parser"), positive("nlp.parse-maxlen"),
        positive("nlp.parse-maxtime"), positive("nlp.article-maxtime"), !toneModel().equals(SentimentTreeTone.NAME));
  }

  /** All settings, for the run's log. */
  public Map<String, String> asMap() {
    return Map.copyOf(values);
  }

  private void required(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      throw new UsageException(key + " is required (set --" + key + ")");
    }
  }

  private int positive(String key) {
    int value = integer(key);
    if (value < 1) {
      throw new UsageException(key + " must be a positive whole number, not " + values.get(key));
    }
    return value;
  }

  private int integer(String key) {
    try {
      return Integer.parseInt(values.get(key));
    } catch (NumberFormatException e) {
      throw new UsageException(key + " must be a whole number, not '" + values.get(key) + "'", e);
    }
  }
}
