package org.tonewatch.annotate.tone;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.Token;

/**
 * Tone, third version ({@code tone.model=encoder}, the default): a small transformer that reads the whole sentence with
 * the mention marked, stacked on the trained linear model ({@link TrainedTone}).
 *
 * <p>The encoder is all-MiniLM-L6-v2 fine-tuned on NewsMTSC and the in-domain training split
 * ({@code jobs/train-tone-encoder.sh}), run by ONNX Runtime with int8 weights (the file ships gzipped). It reads
 * {@code "… <t> Putin </t> said …"} ({@link #marked}) and gives four scores: unfavourable, neither, favourable, and
 * "not an actor", which judges whether the mention names Russia as an actor at all ({@link #actorProbability}). The
 * mention's tone probabilities are softmax((the three tone scores + s · linear scores) / T), where the linear model's share s and
 * the temperature T were fitted on the in-domain development split ({@code tonemodel.CalibrateEncoder}). The tone is
 * the most probable class, the score P(favourable) − P(unfavourable), and a sentence combines its mentions as the
 * trained model does ({@link TrainedTone#ofMean}).
 *
 * <p>Evidence: the encoder's own share of the log-odds of favourable against unfavourable is one item, "the sentence
 * read whole"; the linear model's features are items as in {@link ToneEvidence}, each scaled by s. The three that moved
 * the tone most are shown, so the evidence says how much of the decision the transparent part carries.
 *
 * <p>The files are named by a properties file ({@link #BUNDLED}) that records each one's SHA-256; a file that does not
 * match is refused. The session and tokenizer are loaded once per JVM and shared by its task threads (ONNX Runtime's
 * {@code run} is thread-safe); the object itself carries only the properties file's name.
 */
public final class EncoderTone implements ToneModel {
  public static final String NAME = "encoder";
  /** The model that ships with the project. */
  public static final String BUNDLED = "classpath:/tone/tone-encoder.properties";
  /** The evidence item of the encoder's own share. */
  public static final String ENCODER_ITEM = "the sentence read whole";
  private static final ConcurrentHashMap<String, Loaded> LOADED = new ConcurrentHashMap<>();

  private final String location;
  private final ToneFeatures features;

  /** @param location {@code classpath:/…} or a file path of a properties file written by {@code jobs/train-tone-encoder.sh} */
  public EncoderTone(String location, ToneFeatures features) {
    this.location = location;
    this.features = features;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return NAME + ":" + sha256().substring(0, 12);
  }

  /** The SHA-256 of the properties file, which pins every other file by its own hash. */
  @Override
  public String sha256() {
    return loaded().sha256();
  }

  @Override
  public String location() {
    return location;
  }

  /** This model, its files read and checked; throws with the file's name when they cannot be. */
  public EncoderTone load() {
    loaded();
    return this;
  }

  @Override
  public MentionTone score(NlpSentence sentence, RussiaMention mention) {
    Loaded model = loaded();
    double[] all = model.scores(marked(sentence, mention, model.window()));
    double[] encoder = Arrays.copyOf(all, 3);
    Map<String, Double> f = model.linearShare() == 0 ? Map.of() : features.extract(sentence, mention.first(), mention.end());
    double[] linear = model.linear().scores(f);
    double[] combined = new double[encoder.length];
    for (int k = 0; k < combined.length; k++) {
      combined[k] = encoder[k] + model.linearShare() * linear[k];
    }
    MentionTone tone = TrainedTone.tone(TrainedTone.Weights.softmax(combined, model.temperature()));
    Map<String, Double> items = model.linearShare() == 0 ? new TreeMap<>()
        : ToneEvidence.contributions(f, model.linear().byFeature(), model.temperature() / model.linearShare(),
            features.strongestCue(sentence, mention.first(), mention.end()));
    items.merge(ENCODER_ITEM, (encoder[2] - encoder[0]) / model.temperature(), Double::sum);
    return new MentionTone(tone.tone(), tone.score(), tone.probabilities(), ToneEvidence.ranked(items), actorProbability(all));
  }

  /** The encoder's own three tone scores for a mention, before the linear share and the temperature. */
  public double[] encoderScores(NlpSentence sentence, RussiaMention mention) {
    Loaded model = loaded();
    return Arrays.copyOf(model.scores(marked(sentence, mention, model.window())), 3);
  }

  /**
   * P(actor) from the encoder's scores: 1 − the softmax's share of the fourth score ("not an actor") when the encoder
   * has one, else 1. A mention the finder takes for Russia but that names it only as a place, a nationality or a
   * thing's origin ("the World Cup in Russia", "a Russian-born chef") is judged here.
   */
  static double actorProbability(double[] scores) {
    if (scores.length < 4) {
      return 1.0;
    }
    double max = Arrays.stream(scores).max().orElseThrow();
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(s - max);
    }
    return 1.0 - Math.exp(scores[3] - max) / sum;
  }

  @Override
  public MentionTone combine(List<MentionTone> mentions) {
    return TrainedTone.ofMean(mentions.stream().map(MentionTone::probabilities).toList());
  }

  /** The mention's sentence as the article has it, marked as the encoder was trained to read it. */
  static String marked(NlpSentence sentence, RussiaMention mention, int window) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.text();
    // A token may lie past the sentence's end (a quote mark that opens the next one); offsets stay inside the text.
    int from = Math.min(text.length(), Math.max(0, tokens.get(mention.first()).begin() - sentence.begin()));
    int to = Math.min(text.length(), Math.max(from, tokens.get(mention.end() - 1).end() - sentence.begin()));
    return marked(text, from, to, window);
  }

  /**
   * The text with characters {@code [from, to)} between {@code "<t> "} and {@code " </t>"}, cut to {@code window}
   * characters on each side at a space (the word cut through is dropped). {@code jobs/tonemodel/train_encoder.py}
   * does the same when it trains; a test holds the two to the same strings.
   */
  public static String marked(String text, int from, int to, int window) {
    String left = text.substring(0, from);
    String target = text.substring(from, to);
    String right = text.substring(to);
    if (left.length() > window) {
      left = left.substring(left.length() - window);
      int space = left.indexOf(' ');
      left = space < 0 ? left : left.substring(space + 1);
    }
    if (right.length() > window) {
      right = right.substring(0, window);
      int space = right.lastIndexOf(' ');
      right = space < 0 ? right : right.substring(0, space);
    }
    return left + "<t> " + target + " </t>" + right;
  }

  private Loaded loaded() {
    return LOADED.computeIfAbsent(location, Loaded::load);
  }

  /** The files of one model, read and checked against the hashes the properties file records. */
  private record Loaded(OrtSession session, HuggingFaceTokenizer tokenizer, TrainedTone.Weights linear,
      double linearShare, double temperature, int window, String sha256) {
    static Loaded load(String location) {
      byte[] propertiesBytes = bytes(location);
      Properties p = new Properties();
      try {
        p.load(new StringReader(new String(propertiesBytes, StandardCharsets.UTF_8)));
        byte[] onnx = gunzipped(checked(location, p, "encoder"));
        byte[] tokenizerJson = checked(location, p, "tokenizer");
        String linearLocation = sibling(location, required(location, p, "linear_model"));
        TrainedTone.Weights linear = TrainedTone.Weights.load(linearLocation);
        if (!linear.sha256().equals(required(location, p, "linear_model_sha256"))) {
          throw new IllegalStateException(location + ": " + linearLocation + " is not the linear model it was calibrated with"
              + " (SHA-256 " + linear.sha256() + "); run jobs/train-tone-encoder.sh --skip-fine-tuning");
        }
        int maxLength = Integer.parseInt(required(location, p, "max_length"));
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
            Map.of("truncation", "true", "maxLength", Integer.toString(maxLength), "padding", "false",
                "addSpecialTokens", "true"));
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1); // one Spark task per core: each inference on its task's thread
        options.setInterOpNumThreads(1);
        OrtSession session = OrtEnvironment.getEnvironment().createSession(onnx, options);
        return new Loaded(session, tokenizer, linear, Double.parseDouble(required(location, p, "linear_share")),
            Double.parseDouble(required(location, p, "temperature")), Integer.parseInt(required(location, p, "window")),
            EncoderTone.sha256(propertiesBytes));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tone encoder " + location + " (set tone.model-path)", e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot load the tone encoder of " + location + ": " + e.getMessage(), e);
      }
    }

    /** The encoder's scores: unfavourable, neither, favourable, and "not an actor" when it was trained with it. */
    double[] scores(String marked) {
      Encoding encoding = tokenizer.encode(marked);
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OnnxTensor ids = OnnxTensor.createTensor(env, new long[][] {encoding.getIds()});
          OnnxTensor mask = OnnxTensor.createTensor(env, new long[][] {encoding.getAttentionMask()});
          OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask))) {
        float[] logits = ((float[][]) result.get(0).getValue())[0];
        double[] scores = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
          scores[k] = logits[k];
        }
        return scores;
      } catch (OrtException e) {
        throw new IllegalStateException("the tone encoder failed on: " + marked, e);
      }
    }

    private static byte[] checked(String location, Properties p, String key) {
      String file = sibling(location, required(location, p, key));
      byte[] bytes = bytes(file);
      String want = required(location, p, key + "_sha256");
      if (!EncoderTone.sha256(bytes).equals(want)) {
        throw new IllegalStateException(location + ": " + file + " has SHA-256 " + EncoderTone.sha256(bytes) + ", not the " + want
            + " it records (rebuild both with jobs/train-tone-encoder.sh)");
      }
      return bytes;
    }

    /** The ONNX file ships gzipped (a smaller file in the repository and the jar); its hash is of the stored bytes. */
    private static byte[] gunzipped(byte[] bytes) throws IOException {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return in.readAllBytes();
      }
    }

    private static String required(String location, Properties p, String key) {
      String value = p.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(location + " names no " + key);
      }
      return value.trim();
    }

    private static byte[] bytes(String location) {
      try (InputStream in = TrainedTone.openIfPresent(location)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException(location + " does not exist (set tone.model-path)"));
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + location, e);
      }
    }

    /** A file named in the properties file: beside it, on the classpath or on disk alike. */
    private static String sibling(String location, String name) {
      int slash = location.lastIndexOf('/');
      return slash < 0 ? name : location.substring(0, slash + 1) + name;
    }
  }

  /** The SHA-256 of bytes, in hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
