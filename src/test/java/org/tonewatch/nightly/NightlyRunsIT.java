package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import io.delta.tables.DeltaTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.testing.Command;
import org.tonewatch.testing.Nights;
import org.tonewatch.testing.SampleWarehouse;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * Nights of the real job ({@code jobs/run-local.sh}, real CoreNLP, a JVM per run), stopped the hard way: the process
 * is killed (SIGKILL) at several points of a run, and tasks fail and are retried. After each kill the tables readers
 * see are the last published ones, whole; run again, the night leaves exactly the rows of one clean night. Two
 * incremental nights give the same tables as one run over the same articles. Readers using pyarrow, pandas and DuckDB
 * through the Delta reader (delta-rs) read in a loop during a night and see the old night or the new one, whole.
 */
class NightlyRunsIT {
  @TempDir Path dir;

  private static Predicate<String> stageDone(String stage) {
    return line -> line.startsWith("[tonewatch] " + stage + " ");
  }

  /**
   * Starts a night and kills it once the line of {@code stage} is printed, that is early in the stage after it
   * ({@code record}: while it commits its row of runs); {@code summary}: once the run has ended and printed its summary.
   */
  private Command killedAfter(String stage, Path input, Object warehouse) throws Exception {
    Command night = Command.start(dir.resolve("killed-after-" + stage + "-" + System.nanoTime() + ".log"), Map.of(),
        Nights.local(input, warehouse));
    Predicate<String> reached = stage.equals("summary") ? line -> line.contains("run summary:") : stageDone(stage);
    assertTrue(night.awaitLine(reached, Nights.RUN_TIMEOUT), "the run reached " + stage + ":\n" + night.output());
    night.kill();
    return night;
  }

  private static boolean published(Path warehouse) {
    return Snapshot.latest(new Warehouse(SharedSpark.session(), warehouse.toString())) != null;
  }

  @Test
  void incrementalNightsGiveTheTablesOfOneRunOverTheSameArticles() {
    Nights.Clean clean = Nights.clean();
    assertEquals(clean.singleRun(), clean.nightTwo(), "night 1 then night 2 = one run over all five articles");
    assertNotEquals(clean.nightOne(), clean.nightTwo());
    assertTrue(clean.nightTwo().get(Tables.SENTENCES).startsWith("rows=129,"), clean.nightTwo().get(Tables.SENTENCES));
  }

  /**
   * A first night killed while it annotates publishes nothing. Night 2, from a copy of the clean night 1's warehouse,
   * is killed after its annotate stage (nothing committed yet), and readers still see night 1; run again and killed
   * once it has printed its summary, it has published and recorded the rows of one clean night 2. Readers using
   * pyarrow, pandas and DuckDB through the Delta reader (delta-rs) read in a loop during that night and see night 1 or
   * night 2, whole. (A night killed once some tables are committed is the HDFS test's below; one that dies after its
   * aggregate stage, before its record, is {@code HdfsWarehouseTest}'s.)
   */
  @Test
  void aNightKilledAtAnyStageAndRunAgainLeavesTheRowsOfOneCleanNightAndReadersSeeOldOrNewWhole() throws Exception {
    Nights.Clean clean = Nights.clean();
    Path first = dir.resolve("first-night");
    killedAfter("copies", clean.nightOneInput(), first);
    assertFalse(published(first), "a first night killed while annotating: nothing published");

    Path warehouse = Nights.copyTree(clean.nightOneWarehouse(), dir.resolve("warehouse"));
    killedAfter("annotate", Nights.SAMPLES, warehouse);
    assertEquals(clean.nightOne(), Nights.publishedHashes(warehouse), "killed after annotate: readers still see night 1, whole");

    Command setup = Command.run(dir.resolve("setup.log"), Map.of(), Duration.ofMinutes(20), List.of("notebooks/setup.sh"));
    assertEquals(0, setup.exitCode(), setup.output());
    Set<String> before = new HashSet<>(read(warehouse, "before"));
    Path stop = dir.resolve("stop-reading");
    Command reader = Command.start(dir.resolve("reader.log"), Map.of(), List.of(python(), script(), warehouse.toString(),
        "--until", stop.toString()));
    Command night = killedAfter("summary", Nights.SAMPLES, warehouse);
    Files.createFile(stop);
    assertEquals(0, reader.waitFor(Duration.ofMinutes(2)), reader.output());
    assertTrue(night.lineWith("run summary").contains("annotated_now=2 "), night.lineWith("run summary"));
    assertEquals(clean.nightTwo(), Nights.publishedHashes(warehouse), "killed after its record: the rows of one clean night 2");
    assertEquals(clean.nightTwo(), Nights.lastRecordedHashes(warehouse), "and its record says so");
    assertEquals(2L, WarehouseTables.read(warehouse, Tables.RUNS).count(), "two completed nights; the killed ones left no record");
    assertReadersSawOldOrNewWhole(reader, before, new HashSet<>(read(warehouse, "after")));
  }

  /** Every read of the loop is one of night 1's or night 2's, whole; both were read, and none failed. */
  private static void assertReadersSawOldOrNewWhole(Command reader, Set<String> before, Set<String> after) {
    List<String> reads = List.of(reader.output().split("\n"));
    List<String> errors = reads.stream().filter(l -> l.startsWith("error ")).toList();
    List<String> good = reads.stream().filter(l -> !l.startsWith("error ")).toList();
    assertTrue(good.size() >= 30, "the readers read during the run: " + good.size() + " reads");
    assertEquals(List.of(), errors, "no read fails: each reads the tables at the versions of a completed run");
    for (String read : good) {
      assertTrue(before.contains(read) || after.contains(read), "whole, old or new: " + read);
    }
    assertTrue(good.stream().anyMatch(before::contains), "the old tables were readable while the run wrote");
    assertTrue(good.stream().anyMatch(after::contains), "the new ones once night 2 was recorded");
    assertTrue(after.stream().anyMatch(l -> l.startsWith("pyarrow sentences rows=129 ")), after.toString());
  }

  /**
   * The same on a real HDFS (a NameNode and a DataNode started here, the night a JVM of its own): the warehouse of the
   * clean night 1 copied there, then night 2 killed once its row tables are committed (early in the aggregate stage),
   * then night 2 again, which rolls the dead night's commits back; the kills at the other stages are the test above,
   * on local disk.
   * (A night run on HDFS from the start is {@code HdfsWarehouseTest}'s.)
   */
  @Test
  void onHdfsANightKilledAfterItsFirstCommitsAndRunAgainLeavesTheRowsOfOneCleanNight() throws Exception {
    Nights.Clean clean = Nights.clean();
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    MiniDFSCluster hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    try {
      hdfs.waitActive();
      String warehouse = "hdfs://localhost:" + hdfs.getNameNodePort() + "/warehouse";
      hdfs.getFileSystem().copyFromLocalFile(new org.apache.hadoop.fs.Path(clean.nightOneWarehouse().toUri()),
          new org.apache.hadoop.fs.Path("/warehouse"));
      assertEquals(clean.nightOne(), Nights.hashesOf(WarehouseTables.latest(warehouse)), "night 1, read from HDFS");

      Command killed = killedAfter("publish", Nights.SAMPLES, warehouse);
      assertTrue(killed.output().contains("committed to hdfs://"), killed.output());
      assertEquals(clean.nightOne(), Nights.hashesOf(WarehouseTables.latest(warehouse)), "killed: readers still see night 1, whole");
      assertTrue(DeltaTable.forPath(SharedSpark.session(), warehouse + "/" + Tables.SENTENCES).history().count() > 1,
          "the killed night had committed sentences");

      Command night = Nights.run(dir.resolve("hdfs-night-2.log"), Nights.SAMPLES, warehouse);
      assertTrue(night.output().contains("rolled back what a run that did not complete left"), night.output());
      assertEquals(clean.nightTwo(), Nights.hashesOf(WarehouseTables.latest(warehouse)), "the rows of one clean night 2");
      assertEquals(2L, WarehouseTables.read(warehouse, Tables.RUNS).count(), "two completed nights; the killed one left no record");
    } finally {
      hdfs.shutdown();
    }
  }

  /**
   * {@code local[2,3]} gives each task three attempts, as a cluster does; the fault switch fails the first attempt of
   * three annotate partitions after their first article.
   */
  @Test
  void annotateTasksThatFailAreRetriedAndTheTablesAreThoseOfACleanRun() {
    Nights.Clean clean = Nights.clean();
    Path warehouse = dir.resolve("warehouse");
    Command night = Nights.run(dir.resolve("faults.log"), Nights.SAMPLES, warehouse, "--master", "local[2,3]",
        "--set", "faults.fail-first-attempt=0,5,11");
    for (String partition : List.of("0", "5", "11")) {
      assertNotNull(night.lineWith("fault injected in the first attempt of annotate partition " + partition + " "),
          "partition " + partition + " failed once:\n" + night.output());
    }
    assertEquals(clean.singleRun(), Nights.lastRecordedHashes(warehouse));
    assertEquals(clean.singleRun(), Nights.publishedHashes(warehouse));

    Command plain = Command.run(dir.resolve("no-retries.log"), Map.of(), Nights.RUN_TIMEOUT, Nights.local(Nights.SAMPLES,
        dir.resolve("no-retries"), "--master", "local[2]", "--set", "faults.fail-first-attempt=0"));
    assertEquals(1, plain.exitCode(), "without retries the run fails:\n" + plain.output());
    assertFalse(published(dir.resolve("no-retries")), "and publishes nothing");
  }

  private List<String> read(Path warehouse, String name) {
    Command once = Command.run(dir.resolve("read-" + name + ".log"), Map.of(), Duration.ofMinutes(2),
        List.of(python(), script(), warehouse.toString()));
    assertEquals(0, once.exitCode(), once.output());
    List<String> lines = List.of(once.output().split("\n"));
    assertEquals(3, lines.size(), once.output());
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("error ")), once.output());
    return lines;
  }

  private static String python() {
    return SampleWarehouse.PROJECT.resolve("notebooks/.venv/bin/python").toString();
  }

  private static String script() {
    return SampleWarehouse.PROJECT.resolve("src/test/python/read_tables.py").toString();
  }
}
