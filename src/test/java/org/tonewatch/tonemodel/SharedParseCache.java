package org.tonewatch.tonemodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One parse cache folder per test JVM, for the tests that parse the labelled files with the real CoreNLP models: the
 * first test to need a file parses it, the others read what it parsed. Deleted when the JVM exits, so every test run
 * parses again.
 */
final class SharedParseCache {
  private SharedParseCache() {}

  static Path dir() {
    return Holder.DIR;
  }

  private static final class Holder {
    static final Path DIR = create();

    private static Path create() {
      try {
        Path dir = Files.createTempDirectory("tonewatch-parse-cache-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void delete(Path dir) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // The JVM is exiting; a leftover temporary folder is harmless.
      }
    }
  }
}
