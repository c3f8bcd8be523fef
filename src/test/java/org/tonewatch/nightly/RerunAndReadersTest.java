package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.aggregate.AdjustedTone;
import org.tonewatch.aggregate.ToneAggregates;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.TableHash;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * Reruns and readers: the same input twice gives the same rows in every table (by the run record's hashes) and
 * commits nothing new to the row tables; a run that stops before its record is invisible and rolled back by the next
 * (a dead night after a completed one: {@code HdfsWarehouseTest});
 * a reader of the latest completed run during a run sees the previous night or the new one, whole.
 */
class RerunAndReadersTest {
  @TempDir Path dir;

  static void corpus(Path folder, int articles) throws Exception {
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
    return FakeNights.run(input, warehouse.toString(), settings);
  }

  @Test
  void aRerunChangesNothingAndANightAnnotatesOnlyTheArticlesItHasNotAnnotatedBefore() throws Exception {
    Path input = dir.resolve("input");
    corpus(input, 12);
    Path warehouse = dir.resolve("warehouse");
    assertEquals(12, run(input, warehouse).annotatedNow());

    RunSummary again = run(input, warehouse);
    assertEquals(0, again.annotatedNow(), "unchanged input: nothing to annotate");
    assertEquals(12, again.reused());
    assertEquals(24, again.sentences());
    assertRerunChangedNothing(warehouse);

    Snapshot before = WarehouseTables.latest(warehouse);
    Path tonight = dir.resolve("tonight");
    Files.createDirectories(tonight);
    for (int i = 0; i < 3; i++) {
      Files.writeString(tonight.resolve("new" + i + ".txt"), "A new piece " + i + "\n\nRussia sent an awful letter number " + i + ".\n");
    }
    RunSummary night = run(tonight, warehouse);
    assertEquals(3, night.annotatedNow(), "exactly the new ones");
    assertEquals(15, night.articles(), "the published articles stay when the input holds only tonight's files");
    assertEquals(27, night.sentences());
    assertEquals(27L, WarehouseTables.read(warehouse, "sentences").count());
    // Tonight's articles have no known year: the files of every year stay as they were, not rewritten.
    Snapshot after = WarehouseTables.latest(warehouse);
    for (String table : List.of(Tables.ARTICLES, Tables.SENTENCES, Tables.ARTICLE_TONE)) {
      for (int year = 2010; year <= 2016; year++) {
        assertEquals(Set.of(before.read(table).filter("year = " + year).inputFiles()),
            Set.of(after.read(table).filter("year = " + year).inputFiles()), table + " " + year + ": not rewritten");
      }
      assertEquals(3L, after.read(table).filter("year IS NULL").select("article_id").distinct().count(), table + ": tonight's");
    }
    // The aggregates come from the per-article sums the nights kept up to date: they are those of all the sentences.
    ReferenceData reference = ReferenceData.bundled();
    ToneAggregates.register(SharedSpark.session(), AdjustedTone.forModel(ToneModels.named(EncoderTone.NAME, null, reference)));
    Map<String, Dataset<Row>> fromSentences = NightlyPipeline.aggregates(SharedSpark.session(),
        ToneAggregates.sums(Tables.sentenceBeans(after.read(Tables.SENTENCES)), Tables.articleBeans(after.read(Tables.ARTICLES))),
        Leaders.load(reference), Outlets.load(reference));
    assertEquals(Set.copyOf(Tables.AGGREGATES), fromSentences.keySet());
    for (String table : Tables.AGGREGATES) {
      assertTrue(after.read(table).count() > 0, table);
      assertEquals(TableHash.of(fromSentences.get(table)), TableHash.of(after.read(table)), table + " from the kept sums");
    }
    // The night took the fingerprints of articles and sentences from the replaced articles' rows alone: they are still
    // those of the whole tables.
    Map<String, String> recorded = lastHashes(warehouse);
    for (String table : Tables.VERSIONED) {
      assertEquals(TableHash.of(after.read(table)), recorded.get(table), table + ": the recorded fingerprint");
    }
  }

  /** The two runs of {@code warehouse}, over the same input, recorded the same rows in every table. */
  private static void assertRerunChangedNothing(Path warehouse) {
    List<Row> runs = WarehouseTables.read(warehouse, "runs").orderBy("started_at").collectAsList();
    assertEquals(2, runs.size());
    Map<String, String> first = runs.get(0).getJavaMap(runs.get(0).fieldIndex("table_hashes"));
    Map<String, String> second = runs.get(1).getJavaMap(runs.get(1).fieldIndex("table_hashes"));
    assertEquals(Set.copyOf(Tables.VERSIONED), first.keySet());
    assertEquals(first, second, "the same rows in every table");
    for (String table : Tables.VERSIONED) {
      assertEquals(second.get(table), TableHash.of(WarehouseTables.read(warehouse, table)),
          table + ": the published table is the one the record describes");
    }
    assertTrue(first.get(Tables.SENTENCES).startsWith("rows=24,"), first.get(Tables.SENTENCES));
    Map<String, Long> firstVersions = runs.get(0).getJavaMap(runs.get(0).fieldIndex(Snapshot.TABLE_VERSIONS));
    Map<String, Long> secondVersions = runs.get(1).getJavaMap(runs.get(1).fieldIndex(Snapshot.TABLE_VERSIONS));
    for (String table : List.of(Tables.ARTICLES, Tables.SENTENCES)) {
      assertEquals(firstVersions.get(table), secondVersions.get(table), table + ": the rerun committed nothing to it");
    }
  }

  private static Warehouse warehouse(Path folder) {
    return new Warehouse(SharedSpark.session(), folder.toString());
  }

  private static Map<String, String> lastHashes(Path warehouse) {
    Row last = WarehouseTables.read(warehouse, "runs").orderBy(
        org.apache.spark.sql.functions.col("started_at").desc()).first();
    return last.getJavaMap(last.fieldIndex("table_hashes"));
  }

  /**
   * A first run that stops with an error after its aggregate stage (every table but {@code runs} committed, and no
   * completed run to roll back to: the next run deletes them) or after its record, then is run again, leaves the rows
   * of one clean run. (A run stopped before it commits anything is NightlyRunsIT's first night, killed after its
   * copies stage; a night stopped after its aggregate stage that follows a completed one is run again on HDFS and S3
   * in {@code HdfsWarehouseTest} and {@code S3WarehouseTest}.)
   */
  @Test
  void aRunStoppedAfterAnyStageAndRunAgainGivesTheRowsOfOneCleanRun() throws Exception {
    Path input = dir.resolve("input");
    corpus(input, 8);
    Path clean = dir.resolve("clean");
    run(input, clean);
    Map<String, String> expected = lastHashes(clean);

    for (String stage : List.of("aggregate", "record")) {
      Path warehouse = dir.resolve("stopped-after-" + stage);
      IllegalStateException stopped = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> run(input, warehouse, "faults.fail-after", stage));
      assertTrue(stopped.getMessage().contains(stage), stopped.getMessage());
      boolean recorded = stage.equals("record");
      assertEquals(recorded, Snapshot.latest(warehouse(warehouse)) != null, "readers see a run only once it is recorded");
      RunSummary again = run(input, warehouse);
      assertEquals(expected, lastHashes(warehouse), "after a stop at " + stage);
      assertEquals(recorded ? 0 : 8, again.annotatedNow(),
          "a stop before the record published nothing; after it, everything was published");
      assertEquals(recorded ? 2 : 1, WarehouseTables.read(warehouse, Tables.RUNS).count(), "runs of " + stage);
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
    assertEquals(1L, WarehouseTables.read(warehouse, "articles")
        .select("annotation_version").distinct().count(), "one version in the table, never a mix");

    // Time travel, then retention: the first run reads as it was until a vacuum deletes the files only it needed.
    SparkSession spark = SharedSpark.session();
    Warehouse tables = warehouse(warehouse);
    String firstRun = WarehouseTables.read(warehouse, Tables.RUNS).orderBy("run_id").first().getAs("run_id");
    assertEquals(Set.of("50"), Set.copyOf(Snapshot.asOf(tables, firstRun).read(Tables.RUNS).filter(col("run_id").equalTo(firstRun))
        .select(regexp_extract(col("settings"), "nlp.parse-maxlen=(\\d+)", 1)).as(Encoders.STRING()).collectAsList()));
    String firstArticles = TableHash.of(Snapshot.asOf(tables, firstRun).read(Tables.ARTICLES));
    assertTrue(!firstArticles.equals(TableHash.of(WarehouseTables.read(warehouse, Tables.ARTICLES))), "the first run's own rows");
    spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
    try {
      tables.vacuum(WarehouseTables.latest(warehouse).tables(), 0);
    } finally {
      spark.conf().unset("spark.databricks.delta.retentionDurationCheck.enabled");
    }
    assertEquals(5L, WarehouseTables.read(warehouse, Tables.ARTICLES).count(), "the latest run reads whole after a vacuum");
    assertThrows(Exception.class, () -> Snapshot.asOf(tables, firstRun).read(Tables.ARTICLES).collectAsList(),
        "the first run's files are gone");
  }

  @Test
  void aReaderDuringARunSeesTheOldTablesOrTheNewOnesWhole() throws Exception {
    Path small = dir.resolve("small");
    Path large = dir.resolve("large");
    corpus(small, 6);
    corpus(large, 16);
    Path warehouse = dir.resolve("warehouse");
    run(small, warehouse);
    Snapshot first = WarehouseTables.latest(warehouse);
    String oldSentences = TableHash.of(first.read(Tables.SENTENCES));
    String oldByYear = TableHash.of(first.read(Tables.TONE_BY_YEAR));

    CompletableFuture<RunSummary> writer = CompletableFuture.supplyAsync(() -> run(large, warehouse));
    List<String> seen = new ArrayList<>();
    while (!writer.isDone() || seen.size() < 3) {
      Snapshot night = WarehouseTables.latest(warehouse);
      seen.add(TableHash.of(night.read(Tables.SENTENCES)) + " | " + TableHash.of(night.read(Tables.TONE_BY_YEAR)));
      Thread.sleep(200); // a reader now and then, not one that takes both cores from the night
    }
    writer.get();
    Snapshot last = WarehouseTables.latest(warehouse);
    String newSentences = TableHash.of(last.read(Tables.SENTENCES));
    String newByYear = TableHash.of(last.read(Tables.TONE_BY_YEAR));

    assertTrue(seen.size() >= 3, "the reader read during the run: " + seen.size());
    for (String read : seen) {
      String[] parts = read.split(" \\| ");
      assertTrue(parts[0].equals(oldSentences) || parts[0].equals(newSentences), "sentences whole, old or new: " + read);
      assertTrue(parts[1].equals(oldByYear) || parts[1].equals(newByYear), "tone_by_year whole, old or new: " + read);
    }
    assertTrue(seen.stream().anyMatch(r -> r.startsWith(oldSentences)), "the old tables stayed readable while the run wrote");
    assertTrue(newSentences.startsWith("rows=32,"), newSentences);
  }
}
