package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.TableHash;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.testing.Nights;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * The warehouse on a real HDFS, a NameNode and a DataNode started by the test: a night, a rerun, a night that dies
 * before its record and is run again, and a reader during a night give what they give on local disk. (The job is
 * stopped by its fault switch here; a night killed with SIGKILL, on local disk and on HDFS, is {@code NightlyRunsIT}'s.)
 */
class HdfsWarehouseTest {
  @TempDir static Path dir;
  private static MiniDFSCluster hdfs;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  private static String onHdfs(String folder) {
    return "hdfs://localhost:" + hdfs.getNameNodePort() + "/" + folder;
  }

  private static Map<String, String> lastHashes(String warehouse) {
    Row last = WarehouseTables.read(warehouse, Tables.RUNS).orderBy(org.apache.spark.sql.functions.col("run_id").desc()).first();
    return last.getJavaMap(last.fieldIndex("table_hashes"));
  }

  /** One warehouse on HDFS through its life, against the same nights on local disk. */
  @Test
  void nightsARerunADeadNightAndAReaderOnHdfsGiveWhatLocalDiskGives() throws Exception {
    FakeNights local = FakeNights.onLocalDisk();
    Path small = local.small();
    Path large = local.large();
    Map<String, String> localNightOne = local.nightOne();
    Map<String, String> localNightTwo = local.nightTwo();

    String warehouse = onHdfs("warehouse");
    assertEquals(3, FakeNights.run(small, warehouse).annotatedNow());
    assertEquals(localNightOne, lastHashes(warehouse), "night 1 on HDFS = night 1 on local disk");
    assertTrue(hdfs.getFileSystem().exists(new org.apache.hadoop.fs.Path("/warehouse/sentences/_delta_log")), "a Delta table on HDFS");
    assertEquals(0, FakeNights.run(small, warehouse).annotatedNow(), "a rerun annotates nothing");
    assertEquals(localNightOne, lastHashes(warehouse), "and gives the same rows");

    assertThrows(IllegalStateException.class, () -> FakeNights.run(large, warehouse, "faults.fail-after", "aggregate"));
    Snapshot nightOne = WarehouseTables.latest(warehouse);
    assertEquals(localNightOne, Nights.hashesOf(nightOne), "a dead night is invisible");

    // Night 2 again, with a reader reading the latest completed night in a loop while it rolls back and commits.
    CompletableFuture<RunSummary> night = CompletableFuture.supplyAsync(() -> FakeNights.run(large, warehouse));
    String old = TableHash.of(nightOne.read(Tables.SENTENCES));
    List<String> seen = new ArrayList<>();
    while (!night.isDone() || seen.size() < 3) {
      Snapshot read = Snapshot.latest(new Warehouse(SharedSpark.session(), warehouse));
      seen.add(read.runId() + " " + TableHash.of(read.read(Tables.SENTENCES)));
      Thread.sleep(200);
    }
    assertEquals(4, night.get().annotatedNow());
    assertEquals(localNightTwo, lastHashes(warehouse), "rolled back and run again: night 2 of local disk");
    Snapshot last = WarehouseTables.latest(warehouse);
    assertEquals(localNightTwo, Nights.hashesOf(last));
    List<String> operations = DeltaTable.forPath(SharedSpark.session(), onHdfs("warehouse/" + Tables.SENTENCES)).history()
        .select("operation").as(Encoders.STRING()).collectAsList();
    assertTrue(operations.contains("RESTORE"), "the dead night's commits were rolled back with RESTORE: " + operations);
    String now = TableHash.of(last.read(Tables.SENTENCES));
    for (String read : seen) {
      assertTrue(read.equals(nightOne.runId() + " " + old) || read.equals(last.runId() + " " + now), "old or new, whole: " + read);
    }
  }
}
