package org.tonewatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.TableHash;
import org.tonewatch.publish.Tables;

/**
 * Nights of the real job for the integration tests, each {@code jobs/run-local.sh} in a JVM of its own with real
 * CoreNLP, as cron runs it: night 1 reads a folder with three of the five sample articles, night 2 the whole sample
 * folder (an archive folder that grew). The clean runs are made once per test JVM and shared: a warehouse of the two
 * nights, and one of a single run over the whole folder.
 */
public final class Nights {
  public static final Path SAMPLES = SampleWarehouse.PROJECT.resolve("data/articles");
  public static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

  private Nights() {}

  /** The clean references; {@code nightOneWarehouse} is a copy of the two nights' warehouse as night 1 left it. */
  public record Clean(Path nightOneInput, Path twoNights, Path nightOneWarehouse, Map<String, String> nightOne,
      Map<String, String> nightTwo, Path single, Map<String, String> singleRun) {}

  public static Clean clean() {
    return Holder.CLEAN;
  }

  private static final class Holder {
    static final Clean CLEAN = build();

    private static Clean build() {
      try {
        Path dir = Files.createTempDirectory("tonewatch-nights-");
        Path nightOne = nightOneInput(dir.resolve("night-1"));
        Path twoNights = dir.resolve("two-nights");
        run(dir.resolve("clean-night-1.log"), nightOne, twoNights);
        Map<String, String> first = lastRecordedHashes(twoNights);
        Path nightOneWarehouse = dir.resolve("night-1-warehouse");
        copyTree(twoNights, nightOneWarehouse);
        run(dir.resolve("clean-night-2.log"), SAMPLES, twoNights);
        Map<String, String> second = lastRecordedHashes(twoNights);
        Path single = dir.resolve("single");
        run(dir.resolve("clean-single.log"), SAMPLES, single);
        return new Clean(nightOne, twoNights, nightOneWarehouse, first, second, single, lastRecordedHashes(single));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Copies the folder {@code from} to {@code to}, which must not exist yet, and returns {@code to}. */
  public static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
    return to;
  }

  /** A folder with the first three sample articles and their manifest rows. */
  private static Path nightOneInput(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> manifest = Files.readAllLines(SAMPLES.resolve("manifest.csv"));
    List<String> kept = new ArrayList<>(List.of(manifest.get(0)));
    for (String line : manifest.subList(1, manifest.size())) {
      String file = line.substring(0, line.indexOf(','));
      if (file.startsWith("000_") || file.startsWith("001_") || file.startsWith("002_")) {
        Files.copy(SAMPLES.resolve(file), folder.resolve(file));
        kept.add(line);
      }
    }
    Files.write(folder.resolve("manifest.csv"), kept);
    return folder;
  }

  /**
   * {@code jobs/run-local.sh} on {@code input} into {@code warehouse} (a folder, or a URI such as {@code hdfs://...}),
   * to the end; fails unless it exits 0.
   */
  public static Command run(Path log, Path input, Object warehouse, String... options) {
    Command command = Command.run(log, Map.of(), RUN_TIMEOUT, local(input, warehouse, options));
    assertEquals(0, command.exitCode(), command.output());
    return command;
  }

  /** The command line of a local night. */
  public static List<String> local(Path input, Object warehouse, String... options) {
    List<String> args = new ArrayList<>(List.of("jobs/run-local.sh", "--input", input.toString(), "--warehouse", warehouse.toString()));
    args.addAll(List.of(options));
    return args;
  }

  /** The table fingerprints the last run of {@code warehouse} recorded. */
  public static Map<String, String> lastRecordedHashes(Path warehouse) {
    Row last = WarehouseTables.read(warehouse, Tables.RUNS)
        .orderBy(org.apache.spark.sql.functions.col("started_at").desc()).first();
    return new TreeMap<>(last.getJavaMap(last.fieldIndex("table_hashes")));
  }

  /** The fingerprints of the tables readers of {@code warehouse} see now: those of its latest completed run. */
  public static Map<String, String> publishedHashes(Path warehouse) {
    return hashesOf(WarehouseTables.latest(warehouse));
  }

  /** The fingerprints of the tables of {@code night}, as a run records them. */
  public static Map<String, String> hashesOf(Snapshot night) {
    Map<String, String> hashes = new TreeMap<>();
    for (String table : Tables.VERSIONED) {
      hashes.put(table, TableHash.of(night.read(table)));
    }
    return hashes;
  }
}
