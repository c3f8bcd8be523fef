package org.tonewatch.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tonewatch.nightly.Progress;

/**
 * What an incremental night costs against a full run, as cron sees it: each run is {@code jobs/run-local.sh} in a JVM
 * of its own, timed from start to exit (so the JVM, Spark and CoreNLP start-up count). The corpus is split into the
 * archive's first articles and a night's new ones. The full run annotates the archive into an empty warehouse; the
 * night then runs twice, each from a copy of that warehouse: once with the whole corpus in its input folder (an
 * archive folder that grows) and once with only the new files (an incoming folder). Run from the project folder.
 */
final class IncrementalNight {
  private static final Pattern ANNOTATED_NOW = Pattern.compile("annotated_now=(\\d+)");

  private IncrementalNight() {}

  /**
   * Runs the three jobs and prints their times; the last line is {@code incremental_vs_full_ratio=R}. {@code corpus}
   * is a folder of text files with a {@code manifest.csv} (its last rows are the night's), or one of news-please JSON
   * Lines (such as {@code ../shared/real-news}: its newest articles by {@code date_publish} are the night's).
   */
  static int measure(Path corpus, Path work, double share, Map<String, String> settings) throws Exception {
    Path jsonLines = jsonLines(corpus);
    List<CSVRecord> rows = jsonLines == null ? manifest(corpus) : null;
    List<String> lines = jsonLines == null ? null : byDate(jsonLines);
    int size = rows != null ? rows.size() : lines.size();
    int fresh = (int) Math.round(share * size);
    if (fresh < 1 || fresh >= size) {
      System.err.println("benchmark: --incremental must leave at least one new and one archived article, not " + share);
      return 2;
    }
    Path archive = work.resolve("archive");
    Path tonight = work.resolve("tonight");
    if (rows != null && !Files.exists(tonight.resolve("manifest.csv"))) {
      linkFiles(corpus, archive, rows.subList(0, size - fresh));
      linkFiles(corpus, tonight, rows.subList(size - fresh, size));
    } else if (lines != null) {
      writeLines(archive.resolve(jsonLines.getFileName()), lines.subList(0, size - fresh));
      writeLines(tonight.resolve(jsonLines.getFileName()), lines.subList(size - fresh, size));
    }
    System.out.printf(Locale.ROOT, "[benchmark] incremental: %d articles in the archive, %d new (%.1f%%)%n",
        size - fresh, fresh, 100.0 * fresh / size);

    Path full = work.resolve("warehouse-full");
    delete(full);
    Run first = run(archive, full, settings);
    System.out.printf(Locale.ROOT, "[benchmark] full run, %d articles into an empty warehouse: %.1f s, annotated_now=%d%n",
        size - fresh, first.seconds(), first.annotatedNow());

    double[] ratios = new double[2];
    String[] modes = {"the whole archive in the input folder (" + size + " articles)",
        "only the new articles in the input folder (" + fresh + " articles)"};
    Path[] inputs = {corpus, tonight};
    for (int m = 0; m < 2; m++) {
      Path warehouse = work.resolve(m == 0 ? "warehouse-night-archive" : "warehouse-night-incoming");
      delete(warehouse);
      copy(full, warehouse);
      Run night = run(inputs[m], warehouse, settings);
      ratios[m] = night.seconds() / first.seconds();
      System.out.printf(Locale.ROOT, "[benchmark] night, %s: %.1f s, annotated_now=%d, %.3f of the full run%n",
          modes[m], night.seconds(), night.annotatedNow(), ratios[m]);
      if (night.annotatedNow() > fresh) {
        System.err.printf("benchmark: the night annotated %d articles, more than the %d new ones%n", night.annotatedNow(), fresh);
        return 1;
      }
    }
    System.out.printf(Locale.ROOT, "incoming_vs_full_ratio=%.3f%n", ratios[1]);
    System.out.printf(Locale.ROOT, "incremental_vs_full_ratio=%.3f%n", ratios[0]);
    return 0;
  }

  record Run(double seconds, long annotatedNow) {}

  /** {@code jobs/run-local.sh} on {@code input}, its output passed through indented; fails unless it exits 0. */
  static Run run(Path input, Path warehouse, Map<String, String> settings) throws Exception {
    List<String> command = new ArrayList<>(List.of("jobs/run-local.sh", "--input", input.toString(), "--warehouse", warehouse.toString()));
    settings.forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    long annotated = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.out.println("  " + line);
        Matcher m = ANNOTATED_NOW.matcher(line);
        if (line.contains("run summary") && m.find()) {
          annotated = Long.parseLong(m.group(1));
        }
      }
    }
    int exit = process.waitFor();
    double seconds = Progress.seconds(start);
    if (exit != 0 || annotated < 0) {
      throw new IllegalStateException("jobs/run-local.sh exited with " + exit + " on " + input);
    }
    return new Run(seconds, annotated);
  }

  private static List<CSVRecord> manifest(Path corpus) throws IOException {
    try (Reader in = Files.newBufferedReader(corpus.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }

  /** The folder's one {@code .jsonl} file when it has no manifest, else null. */
  static Path jsonLines(Path corpus) throws IOException {
    if (Files.exists(corpus.resolve("manifest.csv"))) {
      return null;
    }
    try (Stream<Path> files = Files.list(corpus)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      if (found.size() != 1) {
        throw new IllegalArgumentException(corpus + " has neither a manifest.csv nor exactly one .jsonl file");
      }
      return found.get(0);
    }
  }

  /** The file's lines, oldest article first by {@code date_publish} (undated ones first), ties in file order. */
  static List<String> byDate(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    Map<String, String> dates = new HashMap<>();
    for (String line : lines) {
      JsonNode date = json.readTree(line).get("date_publish");
      dates.put(line, date == null || date.isNull() ? "" : date.asText());
    }
    return lines.stream().sorted(Comparator.comparing(dates::get)).toList();
  }

  static void writeLines(Path file, List<String> lines) throws IOException {
    delete(file.getParent());
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** A folder holding {@code rows}' files (hard links into the corpus) and their manifest. */
  private static void linkFiles(Path corpus, Path folder, List<CSVRecord> rows) throws IOException {
    delete(folder);
    Files.createDirectories(folder);
    try (Writer out = Files.newBufferedWriter(folder.resolve("manifest.csv"), StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(rows.get(0).getParser().getHeaderNames().toArray(String[]::new))
            .build().print(out)) {
      for (CSVRecord row : rows) {
        Files.createLink(folder.resolve(row.get("file")), corpus.resolve(row.get("file")));
        printer.printRecord(row.toList());
      }
    }
  }

  /** Copies a warehouse, its links as links. */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isSymbolicLink(source)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(source));
        } else if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
