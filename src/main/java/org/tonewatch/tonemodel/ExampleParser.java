package org.tonewatch.tonemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpEngine;
import org.tonewatch.annotate.nlp.NlpEngines;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.nlp.Token;

/**
 * Runs the pipeline's NLP engine over labelled examples, exactly as the nightly job runs it over an article: the text
 * goes through sentence splitting, and the example keeps the sentence that holds the start of the target. Parsing is
 * the slow part (minutes for the training file), so results can be kept in a cache folder, keyed by the file's
 * content and the engine's settings; a changed file or setting parses again.
 */
public final class ExampleParser {
  private static final int CACHE_FORMAT = 5;

  private final NlpSettings settings;
  private final Path cacheDir;

  /** @param cacheDir where parsed files are kept, or null for no cache */
  public ExampleParser(NlpSettings settings, Path cacheDir) {
    this.settings = settings;
    this.cacheDir = cacheDir;
  }

  /** The examples of a NewsMTSC file, parsed, in file order. */
  public List<ParsedExample> parse(Path file) {
    List<TargetedSentence> examples = TargetedSentence.read(file);
    Path cached = cacheDir == null ? null : cacheDir.resolve(file.getFileName() + "-" + key(file) + ".ser.gz");
    if (cached != null && Files.isRegularFile(cached)) {
      return load(cached);
    }
    System.err.printf("[tone] parsing %d examples of %s%n", examples.size(), file);
    NlpEngine engine = NlpEngines.shared(settings);
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    List<ParsedExample> parsed = examples.parallelStream().map(example -> {
      ParsedExample p = parse(engine, example);
      int n = done.incrementAndGet();
      if (n % 1000 == 0) {
        System.err.printf("[tone] %d of %d parsed (%.0f s)%n", n, examples.size(), (System.nanoTime() - start) / 1e9);
      }
      return p;
    }).toList();
    if (cached != null) {
      store(parsed, cached);
    }
    return parsed;
  }

  /** One example through {@code engine}. */
  public static ParsedExample parse(NlpEngine engine, TargetedSentence example) {
    int start = example.targets().get(0).from();
    for (NlpSentence sentence : engine.annotate(example.sentence())) {
      List<Token> tokens = sentence.tokens();
      if (start >= sentence.begin() && start < tokens.get(tokens.size() - 1).end()) {
        List<RussiaMention> targets = new ArrayList<>();
        for (TargetedSentence.Target target : example.targets()) {
          RussiaMention span = span(tokens, target);
          if (span != null) {
            targets.add(span);
          }
        }
        return new ParsedExample(example, sentence, targets);
      }
    }
    return new ParsedExample(example, null, List.of());
  }

  /** The tokens that overlap the target's characters, or null when none does. */
  private static RussiaMention span(List<Token> tokens, TargetedSentence.Target target) {
    int first = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > target.from() && tokens.get(i).begin() < target.to()) {
        first = first < 0 ? i : first;
        end = i + 1;
      }
    }
    return first < 0 ? null : new RussiaMention("target", first, end);
  }

  private String key(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(file));
      digest.update((settings + "/" + CACHE_FORMAT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ParsedExample> load(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        ObjectInputStream objects = new ObjectInputStream(in)) {
      return (List<ParsedExample>) objects.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read the parse cache " + file + " (delete it to parse again)", e);
    }
  }

  private static void store(List<ParsedExample> parsed, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial));
          ObjectOutputStream objects = new ObjectOutputStream(out)) {
        objects.writeObject(new ArrayList<>(parsed));
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parse cache " + file, e);
    }
  }
}
