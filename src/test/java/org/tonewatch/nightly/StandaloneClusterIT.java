package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.publish.Tables;
import org.tonewatch.testing.Command;
import org.tonewatch.testing.Nights;
import org.tonewatch.testing.SampleWarehouse;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * The nightly job on a real Spark standalone cluster: {@code jobs/local-cluster.sh} starts a master and two workers
 * on loopback, each a JVM of its own, from the Spark distribution of the jars' version (the pyspark package), and
 * {@code jobs/spark-submit.sh} submits the cluster jar with {@code --master spark://127.0.0.1:…}; CoreNLP's model jars
 * are {@code local:} jars, on the executors' class path, and no executor copies them (900 MB each). The tables must equal those of local mode row for row, also when one
 * worker, with its executor, is killed while the executors annotate (one job does both: a job that loses a worker
 * and still gives local mode's tables shows the plain case too).
 */
class StandaloneClusterIT {
  @TempDir static Path dir;
  private static Path clusterDir;
  private static String master;
  private static String sparkHome;

  @BeforeAll
  static void startTheCluster() {
    clusterDir = dir.resolve("cluster");
    Command home = Command.run(dir.resolve("spark-home.log"), Map.of(), Duration.ofMinutes(20), List.of("jobs/local-cluster.sh", "spark-home"));
    assertEquals(0, home.exitCode(), home.output());
    String[] lines = home.output().split("\n");
    sparkHome = lines[lines.length - 1].strip();
    Command start = Command.run(dir.resolve("start.log"), Map.of(), Duration.ofMinutes(5), List.of("jobs/local-cluster.sh", "start",
        "--workers", "2", "--cores", "1", "--memory", "3g", "--dir", clusterDir.toString()));
    assertEquals(0, start.exitCode(), start.output());
    lines = start.output().split("\n");
    master = lines[lines.length - 1].strip();
    assertTrue(master.matches("spark://127\\.0\\.0\\.1:\\d+"), start.output());
  }

  @AfterAll
  static void stopTheCluster() {
    Command.run(dir.resolve("stop.log"), Map.of(), Duration.ofMinutes(2), List.of("jobs/local-cluster.sh", "stop", "--dir", clusterDir.toString()));
  }

  private static List<String> submit(Path warehouse) {
    String models = Arrays.stream(readClasspath()).filter(p -> p.matches(".*stanford-corenlp-[^/]*-models(-english)?\\.jar"))
        .map(p -> "local:" + p).collect(Collectors.joining(","));
    return List.of("jobs/spark-submit.sh", "--models", models, "--master", master, "--deploy-mode", "client",
        "--driver-memory", "2g", "--executor-memory", "3g", "--conf", "spark.executor.cores=1", "--total-executor-cores", "2",
        "--conf", "spark.sql.shuffle.partitions=4",
        // One copy of the cluster jar per executor, in its folder, not a second one in a fetch cache beside it.
        "--conf", "spark.files.useFetchCache=false",
        "--driver-java-options", "-Dlog4j2.configurationFile=" + SampleWarehouse.PROJECT.resolve("jobs/conf/log4j2.properties"),
        "--", "--input", Nights.SAMPLES.toString(), "--warehouse", warehouse.toString(),
        "--config", SampleWarehouse.PROJECT.resolve("jobs/conf/nightly.properties").toString());
  }

  private static String[] readClasspath() {
    try {
      return Files.readString(SampleWarehouse.PROJECT.resolve("target/classpath.txt")).strip().split(":");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every table but {@code runs}, row for row, against the local run over the same folder. */
  private static void assertSameTablesAsLocalMode(Path warehouse) {
    Path local = Nights.clean().single();
    for (String table : Tables.VERSIONED) {
      List<String> expected = sortedRows(WarehouseTables.read(local, table));
      List<String> actual = sortedRows(WarehouseTables.read(warehouse, table));
      assertEquals(expected.size(), actual.size(), table + ": rows");
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i), actual.get(i), table + ": row " + i);
      }
    }
    assertEquals(Nights.clean().singleRun(), Nights.lastRecordedHashes(warehouse));
  }

  private static List<String> sortedRows(Dataset<Row> table) {
    List<String> rows = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  private static long workerPid(int worker) {
    try {
      return Long.parseLong(Files.readString(clusterDir.resolve("worker-" + worker + ".pid")).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The executor processes a worker runs. Not all its children: spark-class starts the worker with {@code exec} after
   * reading the launcher's output from a subshell, which may stay behind as a zombie child of the worker's JVM.
   */
  private static List<ProcessHandle> executorsOf(long worker) {
    ProcessHandle handle = ProcessHandle.of(worker).orElseThrow(() -> new AssertionError("worker " + worker + " is not running"));
    return handle.children()
        .filter(child -> child.info().commandLine().orElse("").contains("org.apache.spark.executor.CoarseGrainedExecutorBackend"))
        .toList();
  }

  private static Map<String, String> env() {
    return Map.of("SPARK_HOME", sparkHome, "SPARK_LOCAL_IP", "127.0.0.1");
  }

  /**
   * One job on the cluster, one of whose two workers is killed, with its executor, while the executors annotate: the
   * driver sees the executor go, its tasks run again on the other, and the tables are those of local mode.
   */
  @Test
  void theJobOnTheClusterWritesTheTablesOfLocalModeAlsoWhenAWorkerIsKilledWhileTheExecutorsAnnotate() throws Exception {
    Path warehouse = dir.resolve("warehouse");
    Command run = Command.start(dir.resolve("submit.log"), env(), submit(warehouse));
    // The line of the copies stage comes as the annotate stage starts; the executors then load CoreNLP for seconds.
    assertTrue(run.awaitLine(line -> line.startsWith("[tonewatch] copies "), Nights.RUN_TIMEOUT), run.output());
    Thread.sleep(3000);
    List<ProcessHandle> executors = executorsOf(workerPid(2));
    assertEquals(1, executors.size(), "worker 2 runs one executor of the job");
    executors.forEach(ProcessHandle::destroyForcibly);
    ProcessHandle.of(workerPid(2)).ifPresent(ProcessHandle::destroyForcibly);

    assertEquals(0, run.waitFor(Nights.RUN_TIMEOUT), run.output());
    assertNotNull(run.lineWith("Lost executor"), "the driver saw the executor go:\n" + run.output());
    assertTrue(run.lineWith("run summary").contains("annotated_now=5 "), run.lineWith("run summary"));
    assertSameTablesAsLocalMode(warehouse);
    try (var files = Files.walk(clusterDir)) {
      List<Path> copies = files.filter(p -> p.getFileName().toString().matches(".*corenlp.*models.*")).toList();
      assertEquals(List.of(), copies, "the executors read the model jars where they are, without copying them");
    }
    Row record = WarehouseTables.read(warehouse, Tables.RUNS).first();
    assertTrue(record.<String>getAs("settings").contains("nlp.parser=sr"), record.toString());
  }
}
