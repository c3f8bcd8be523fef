package org.tonewatch.annotate.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;

/**
 * Tone, second version ({@code tone.model=trained}): a multinomial logistic regression over {@link ToneFeatures},
 * trained on NewsMTSC by {@code jobs/train-tone.sh}. Each mention gets the three class probabilities; its tone is the
 * most probable class and its score P(favourable) − P(unfavourable).
 *
 * <p>A sentence's tone combines its mentions by averaging their class probabilities: the tone is the class with the
 * highest mean probability, the score the mean score. A sentence that is hostile toward Russia in one mention and
 * neutral in another thus leans hostile by how sure the model is of each, not by a count of votes.
 *
 * <p>The weights are read once per JVM from the model file (a classpath resource or a path) and shared; the object
 * itself carries only the file's name, so it is cheap to ship with a Spark task.
 */
public final class TrainedTone implements ToneModel {
  public static final String NAME = "trained";
  /** The model that ships with the project. */
  public static final String BUNDLED = "classpath:/tone/tone-model.tsv.gz";
  private static final String CLASSPATH = "classpath:";
  static final int[] CLASSES = {-1, 0, 1};
  /** The header line of a model file that names its calibration temperature. */
  public static final String TEMPERATURE = "# temperature=";
  private static final ConcurrentHashMap<String, Weights> LOADED = new ConcurrentHashMap<>();

  private final String location;
  private final ToneFeatures features;

  /** @param location {@code classpath:/…} or a file path of a model written by {@code jobs/train-tone.sh} */
  public TrainedTone(String location, ToneFeatures features) {
    this.location = location;
    this.features = features;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * A file that belongs to a model file and lies beside it: {@code x.tsv.gz} (or an encoder's {@code x.properties}) → {@code x} and {@code extension}
   * ({@code .card.properties}, {@code .errors.csv}); the same for a {@code classpath:/…} location.
   */
  public static String companion(String modelLocation, String extension) {
    return modelLocation.replaceAll("\\.(tsv\\.gz|properties)$", "") + extension;
  }

  /** The bytes at {@code classpath:/…} or a file path, or null when there is nothing there. */
  public static InputStream openIfPresent(String location) throws IOException {
    if (location.startsWith(CLASSPATH)) {
      return TrainedTone.class.getResourceAsStream(location.substring(CLASSPATH.length()));
    }
    Path path = Path.of(location);
    return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
  }

  /** The SHA-256 of the model file's bytes, in hex. */
  @Override
  public String sha256() {
    return weights().sha256();
  }

  /** Where the model file is: {@code classpath:/…} or a path. */
  @Override
  public String location() {
    return location;
  }

  /** {@code trained:} and the first 12 hex digits of the SHA-256 of the model file's bytes. */
  @Override
  public String version() {
    return NAME + ":" + sha256().substring(0, 12);
  }

  /** The mention's tone, with its evidence ({@link ToneEvidence}). */
  @Override
  public MentionTone score(NlpSentence sentence, RussiaMention mention) {
    Map<String, Double> f = features(sentence, mention.first(), mention.end());
    MentionTone tone = tone(probabilities(f));
    return new MentionTone(tone.tone(), tone.score(), tone.probabilities(), evidence(f, sentence, mention.first(), mention.end()));
  }

  /** P(unfavourable), P(neither), P(favourable) for target tokens {@code [first, end)}. */
  public double[] probabilities(NlpSentence sentence, int first, int end) {
    return probabilities(features(sentence, first, end));
  }

  /** The features of target tokens {@code [first, end)}. */
  public Map<String, Double> features(NlpSentence sentence, int first, int end) {
    return features.extract(sentence, first, end);
  }

  /** The linear scores of the three classes for a feature map, before the temperature and the softmax. */
  public double[] scores(Map<String, Double> features) {
    return weights().scores(features);
  }

  /** The class probabilities of a feature map. */
  public double[] probabilities(Map<String, Double> features) {
    return weights().probabilities(features);
  }

  /** The evidence of target tokens {@code [first, end)} whose features are {@code f} ({@link ToneEvidence}). */
  public List<String> evidence(Map<String, Double> f, NlpSentence sentence, int first, int end) {
    Weights w = weights();
    return ToneEvidence.of(f, w.byFeature(), w.temperature(), features.strongestCue(sentence, first, end));
  }

  @Override
  public MentionTone combine(List<MentionTone> mentions) {
    return ofMean(mentions.stream().map(MentionTone::probabilities).toList());
  }

  /** The sentence's rule (see the class comment): the tone of the mean of its mentions' class probabilities. */
  public static MentionTone ofMean(List<double[]> probabilities) {
    double[] mean = new double[CLASSES.length];
    for (double[] p : probabilities) {
      for (int k = 0; k < mean.length; k++) {
        mean[k] += p[k] / probabilities.size();
      }
    }
    return tone(mean);
  }

  static MentionTone tone(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return new MentionTone(CLASSES[best], p[2] - p[0], p);
  }

  /** This model, its weights read; throws with the file's name when they cannot be. */
  public TrainedTone loaded() {
    weights();
    return this;
  }

  private Weights weights() {
    return LOADED.computeIfAbsent(location, Weights::load);
  }

  /**
   * The weights of a model file: one row per feature, one column per class; the temperature its scores are divided
   * by before the softmax (temperature scaling, fitted on the in-domain development split by {@code jobs/train-tone.sh};
   * 1 for a file that names none); and the file's SHA-256 in hex.
   */
  public record Weights(Map<String, double[]> byFeature, double temperature, String sha256) {
    /** P(unfavourable), P(neither), P(favourable) of a feature map. */
    public double[] probabilities(Map<String, Double> features) {
      return softmax(scores(features), temperature);
    }

    /** The linear scores of the three classes, before the temperature and the softmax. */
    public double[] scores(Map<String, Double> features) {
      double[] score = new double[CLASSES.length];
      for (Map.Entry<String, Double> f : features.entrySet()) {
        double[] w = byFeature.get(f.getKey());
        if (w != null) {
          for (int k = 0; k < score.length; k++) {
            score[k] += w[k] * f.getValue();
          }
        }
      }
      return score;
    }

    /** softmax(score / temperature), computed stably. */
    public static double[] softmax(double[] score, double temperature) {
      double[] p = new double[score.length];
      double max = Double.NEGATIVE_INFINITY;
      for (double s : score) {
        max = Math.max(max, s / temperature);
      }
      double sum = 0;
      for (int k = 0; k < score.length; k++) {
        p[k] = Math.exp(score[k] / temperature - max);
        sum += p[k];
      }
      for (int k = 0; k < score.length; k++) {
        p[k] /= sum;
      }
      return p;
    }

    static Weights load(String location) {
      MessageDigest digest = newDigest();
      try (InputStream raw = new DigestInputStream(open(location), digest);
          BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        Map<String, double[]> weights = new HashMap<>();
        double temperature = 1;
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("#")) {
            checkVersion(line, location);
            if (line.startsWith(TEMPERATURE)) {
              temperature = Double.parseDouble(line.substring(TEMPERATURE.length()).trim());
            }
            continue;
          }
          String[] cells = line.split("\t");
          weights.put(cells[0], new double[] {
              Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
        }
        raw.transferTo(OutputStream.nullOutputStream()); // the rest of the file (the gzip trailer) counts in the hash
        return new Weights(weights, temperature, HexFormat.of().formatHex(digest.digest()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tone model " + location + " (set tone.model-path)", e);
      }
    }

    private static MessageDigest newDigest() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JVM has no SHA-256", e);
      }
    }

    private static void checkVersion(String line, String location) {
      String prefix = "# features_version=";
      if (line.startsWith(prefix) && Integer.parseInt(line.substring(prefix.length()).trim()) != ToneFeatures.VERSION) {
        throw new IllegalStateException("the tone model " + location + " was trained with features version "
            + line.substring(prefix.length()).trim() + ", this code computes version " + ToneFeatures.VERSION
            + " (train it again with jobs/train-tone.sh)");
      }
    }

    private static InputStream open(String location) throws IOException {
      InputStream in = openIfPresent(location);
      if (in == null) {
        throw new IOException(location + (location.startsWith(CLASSPATH) ? " is not on the classpath" : " does not exist"));
      }
      return in;
    }
  }
}
