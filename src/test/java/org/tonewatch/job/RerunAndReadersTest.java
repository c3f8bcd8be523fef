package org.tonewatch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.publish.TableHash;
import org.tonewatch.publish.Tables;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;

/**
 * Reruns and readers: the same input twice gives the same rows in every table (by the run record's hashes), and a
 * reader of the tables during a run sees the previous version or the new one, whole.
 */
class RerunAndReadersTest {
  @TempDir Path dir;

  private static void corpus(Path folder, int articles) throws Exception {
    Files.createDirectories(folder);
    StringBuilder manifest = new StringBuilder("file,outlet,original_outlet,url,published,date_precision,date_evidence\n");
    for (int i = 0; i < articles; i++) {
      String tone = i % 3 == 0 ? "wonderful" : i % 3 == 1 ? "awful" : "plain";
      Files.writeString(folder.resolve("a" + i + ".txt"), "Headline number " + i + "\n\nRussia and Britain held a " + tone
          + " meeting number " + i + ". Vladimir Putin spoke about item " + i + " at length.\n");
      manifest.append("a").append(i).append(".txt,Outlet ").append(i % 4).append(",,,").append(2010 + i % 7).append("-05-01,day,\n");
    }
    Files.writeString(folder.resolve("manifest.csv"), manifest);
  }

  private static RunSummary run(Path input, Path warehouse, String... settings) {
    Map<String, String> conf = new HashMap<>(Map.of("input", input.toString(), "warehouse", warehouse.toString(),
        "nlp.engine", FakeNlpEngine.class.getName()));
    for (int i = 0; i < settings.length; i += 2) {
      conf.put(settings[i], settings[i + 1]);
    }
    return NightlyJob.run(SharedSpark.session(), JobConf.from(null, conf));
  }

  @Test
  void aNightAnnotatesOnlyTheArticlesItHasNotAnnotatedBefore() throws Exception {
    Path input = dir.resolve("input");
    corpus(input, 12);
    Path warehouse = dir.resolve("warehouse");
    assertEquals(12, run(input, warehouse).annotatedNow());

    RunSummary again = run(input, warehouse);
    assertEquals(0, again.annotatedNow(), "unchanged input: nothing to annotate");
    assertEquals(12, again.reused());
    assertEquals(24, again.sentences());

    Path tonight = dir.resolve("tonight");
    Files.createDirectories(tonight);
    for (int i = 0; i < 3; i++) {
      Files.writeString(tonight.resolve("new" + i + ".txt"), "A new piece " + i + "\n\nRussia sent an awful letter number " + i + ".\n");
    }
    RunSummary night = run(tonight, warehouse);
    assertEquals(3, night.annotatedNow(), "exactly the new ones");
    assertEquals(15, night.articles(), "the published articles stay when the input holds only tonight's files");
    assertEquals(27, night.sentences());
    assertEquals(27L, SharedSpark.session().read().parquet(warehouse.resolve("sentences").toString()).count());
  }

  private static Map<String, String> lastHashes(Path warehouse) {
    Row last = SharedSpark.session().read().parquet(warehouse.resolve("runs").toString()).orderBy(
        org.apache.spark.sql.functions.col("started_at").desc()).first();
    return last.getJavaMap(last.fieldIndex("table_hashes"));
  }

  /** A run that stops with an error after any stage, then is run again, leaves the rows of one clean run. */
  @Test
  void aRunStoppedAfterAnyStageAndRunAgainGivesTheRowsOfOneCleanRun() throws Exception {
    Path input = dir.resolve("input");
    corpus(input, 8);
    Path clean = dir.resolve("clean");
    run(input, clean);
    Map<String, String> expected = lastHashes(clean);

    for (String stage : List.of("annotate", "publish", "aggregate", "record", "switch")) {
      Path warehouse = dir.resolve("stopped-after-" + stage);
      IllegalStateException stopped = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> run(input, warehouse, "faults.fail-after", stage));
      assertTrue(stopped.getMessage().contains(stage), stopped.getMessage());
      RunSummary again = run(input, warehouse);
      assertEquals(expected, lastHashes(warehouse), "after a stop at " + stage);
      assertEquals(stage.equals("switch") ? 0 : 8, again.annotatedNow(),
          "a stop before the switch published nothing; after it, everything was published");
      try (var versions = Files.list(warehouse.resolve("_versions"))) {
        assertTrue(versions.count() <= 2, "the stopped run's folder is gone after the next switch");
      }
    }
  }

  @Test
  void aChangedSettingOfTheAnnotationAnnotatesEverythingAgain() throws Exception {
    Path input = dir.resolve("input");
    corpus(input, 5);
    Path warehouse = dir.resolve("warehouse");
    run(input, warehouse, "nlp.parse-maxlen", "50");
    RunSummary changed = run(input, warehouse, "nlp.parse-maxlen", "60");
    assertEquals(5, changed.annotatedNow(), "another annotation version: no rows of the old one are kept");
    assertEquals(0, changed.reused());
    assertEquals(1L, SharedSpark.session().read().parquet(warehouse.resolve("articles").toString())
        .select("annotation_version").distinct().count(), "one version in the table, never a mix");
  }

  @Test
  void aRerunOfTheSameInputGivesTheSameRowsInEveryTable() throws Exception {
    Path input = dir.resolve("input");
    corpus(input, 12);
    Path warehouse = dir.resolve("warehouse");

    run(input, warehouse);
    assertEquals(0, run(input, warehouse).annotatedNow());

    SparkSession spark = SharedSpark.session();
    List<Row> runs = spark.read().parquet(warehouse.resolve("runs").toString()).orderBy("started_at").collectAsList();
    assertEquals(2, runs.size());
    Map<String, String> first = runs.get(0).getJavaMap(runs.get(0).fieldIndex("table_hashes"));
    Map<String, String> second = runs.get(1).getJavaMap(runs.get(1).fieldIndex("table_hashes"));
    assertEquals(Set.copyOf(Tables.VERSIONED), first.keySet());
    assertEquals(first, second, "the same rows in every table");
    for (String table : Tables.VERSIONED) {
      assertEquals(second.get(table), TableHash.of(spark.read().parquet(warehouse.resolve(table).toString())),
          table + ": the published table is the one the record describes");
    }
    assertTrue(first.get(Tables.SENTENCES).startsWith("rows=24,"), first.get(Tables.SENTENCES));
    try (var versions = Files.list(warehouse.resolve("_versions"))) {
      assertEquals(2, versions.count(), "the current version and the one before");
    }
  }

  @Test
  void aReaderDuringARunSeesTheOldTablesOrTheNewOnesWhole() throws Exception {
    Path small = dir.resolve("small");
    Path large = dir.resolve("large");
    corpus(small, 6);
    corpus(large, 30);
    Path warehouse = dir.resolve("warehouse");
    run(small, warehouse);
    SparkSession spark = SharedSpark.session();
    String sentences = warehouse.resolve(Tables.SENTENCES).toString();
    String byYear = warehouse.resolve(Tables.TONE_BY_YEAR).toString();
    String oldSentences = TableHash.of(spark.read().parquet(sentences));
    String oldByYear = TableHash.of(spark.read().parquet(byYear));

    CompletableFuture<RunSummary> writer = CompletableFuture.supplyAsync(() -> run(large, warehouse));
    List<String> seen = new ArrayList<>();
    AtomicInteger switchedUnderfoot = new AtomicInteger();
    while (!writer.isDone() || seen.size() < 3) {
      try {
        seen.add(TableHash.of(spark.read().parquet(sentences)) + " | " + TableHash.of(spark.read().parquet(byYear)));
      } catch (Exception e) {
        // The link was switched between listing the files and opening them: the reader retries, as documented.
        switchedUnderfoot.incrementAndGet();
      }
    }
    writer.get();
    String newSentences = TableHash.of(spark.read().parquet(sentences));
    String newByYear = TableHash.of(spark.read().parquet(byYear));

    assertTrue(seen.size() >= 3, "the reader read during the run: " + seen.size());
    for (String read : seen) {
      String[] parts = read.split(" \\| ");
      assertTrue(parts[0].equals(oldSentences) || parts[0].equals(newSentences), "sentences whole, old or new: " + read);
      assertTrue(parts[1].equals(oldByYear) || parts[1].equals(newByYear), "tone_by_year whole, old or new: " + read);
    }
    assertTrue(seen.stream().anyMatch(r -> r.startsWith(oldSentences)), "the old tables stayed readable while the run wrote");
    assertTrue(newSentences.startsWith("rows=60,"), newSentences);
    assertTrue(switchedUnderfoot.get() <= 2, "retries: " + switchedUnderfoot.get());
  }
}
