package org.tonewatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.ingest.TextDecoder;

/**
 * A corpus for the benchmark, made of real sentences: the paragraphs of the sample articles (cleaned) and the
 * sentences of NewsMTSC, drawn with a fixed seed into articles of {@value #MIN_SENTENCES}–{@value #MAX_SENTENCES}
 * sentences with a headline and a manifest row. The same seed and sources give the same files.
 */
final class BenchmarkCorpus {
  static final int MIN_SENTENCES = 8;
  static final int MAX_SENTENCES = 24;
  private static final String[] OUTLETS = {"The Independent", "Sky News", "The Guardian", "BBC News", "The Times"};

  private BenchmarkCorpus() {}

  /** Real sentences from the sample folder's .txt files and, when given, a NewsMTSC JSON Lines file. */
  static List<String> sentences(Path samples, Path newsmtsc, ArticleCleaner cleaner) throws IOException {
    Set<String> pool = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String body = cleaner.cleanWithTitle(TextDecoder.decode(Files.readAllBytes(file)).text(), null).body();
        for (String paragraph : body.split("\\n\\s*\\n")) {
          if (!paragraph.isBlank()) {
            pool.add(paragraph.strip().replaceAll("\\s+", " "));
          }
        }
      }
    }
    if (newsmtsc != null) {
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(newsmtsc, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          pool.add(node.get("sentence").asText().strip());
        }
      }
    }
    return new ArrayList<>(pool);
  }

  /** Writes {@code articles} articles and a manifest into {@code folder}; returns the number of source sentences used. */
  static int write(Path folder, List<String> pool, int articles, long seed) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(seed);
    int used = 0;
    try (BufferedWriter manifest = Files.newBufferedWriter(folder.resolve("manifest.csv"), StandardCharsets.UTF_8);
        CSVPrinter rows = CSVFormat.RFC4180.builder()
            .setHeader("file", "outlet", "original_outlet", "url", "published", "date_precision", "date_evidence").build().print(manifest)) {
      for (int a = 0; a < articles; a++) {
        int count = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
        StringBuilder text = new StringBuilder();
        String first = pool.get(random.nextInt(pool.size()));
        text.append(headline(first)).append("\n\n").append(first);
        for (int s = 1; s < count; s++) {
          text.append(random.nextInt(3) == 0 ? "\n\n" : " ").append(pool.get(random.nextInt(pool.size())));
        }
        used += count;
        String file = String.format(Locale.ROOT, "bench_%05d.txt", a);
        Files.writeString(folder.resolve(file), text.append('\n').toString(), StandardCharsets.UTF_8);
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(26 * 365));
        rows.printRecord(file, outlet, outlet, "", date.toString(), "day", "generated");
      }
    }
    return used;
  }

  /**
   * Adds {@code reprints} reprints of articles already in {@code folder} (written by {@link #write}): each copies a
   * randomly drawn article under another outlet, with a line of its own chrome before the text and one sentence
   * replaced by another from the pool, as syndicated copies differ. The manifest row names the copied file in
   * {@code date_evidence} ("reprint of bench_00012.txt"), which is how the benchmark scores the copies found.
   */
  static void addReprints(Path folder, List<String> pool, int articles, int reprints, long seed) throws IOException {
    Random random = new Random(seed);
    List<List<String>> manifest = new ArrayList<>();
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(folder.resolve("manifest.csv"), StandardCharsets.UTF_8))) {
      parser.forEach(r -> manifest.add(r.toList()));
    }
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("manifest.csv"), StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        CSVPrinter rows = CSVFormat.RFC4180.builder().build().print(out)) {
      for (int r = 0; r < reprints; r++) {
        List<String> original = manifest.get(random.nextInt(articles));
        String text = Files.readString(folder.resolve(original.get(0)), StandardCharsets.UTF_8);
        String replaced = pool.get(random.nextInt(pool.size()));
        String sentence = pool.stream().filter(text::contains).skip(random.nextInt(3)).findFirst().orElse(null);
        String reprint = sentence == null ? text : text.replace(sentence, replaced);
        String[] parts = reprint.split("\n\n", 2);
        String file = String.format(Locale.ROOT, "reprint_%05d.txt", r);
        Files.writeString(folder.resolve(file), parts[0] + "\n\nRepublished with permission.\n\n" + parts[1], StandardCharsets.UTF_8);
        String outlet;
        do {
          outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        } while (outlet.equals(original.get(1)));
        rows.printRecord(file, outlet, original.get(1), "", original.get(4), "day", "reprint of " + original.get(0));
      }
    }
  }

  private static String headline(String sentence) {
    String[] words = sentence.replaceAll("[.!?\"“”]", "").split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(8, words.length)));
  }
}
