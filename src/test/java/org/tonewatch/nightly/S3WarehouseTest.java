package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
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
 * The warehouse on an S3-compatible server (moto's, from PyPI, started by the test: {@code src/test/s3/moto-server.sh})
 * through {@code s3a://} with {@code hadoop-aws} and Delta's default S3 log store: a night, and a night that dies
 * before its record and is run again, give the tables local disk gives ({@link FakeNights}), fingerprint for
 * fingerprint. (A rerun and a reader during a night are {@code HdfsWarehouseTest}'s, on the same commits.)
 */
class S3WarehouseTest {
  private static final String BUCKET = "tonewatch";
  @TempDir static Path dir;
  private static Command server;

  @BeforeAll
  static void startS3() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    server = Command.start(dir.resolve("moto.log"), Map.of(),
        List.of(SampleWarehouse.PROJECT.resolve("src/test/s3/moto-server.sh").toString(), String.valueOf(port)));
    String endpoint = "http://127.0.0.1:" + port;
    awaitServer(endpoint + "/", Duration.ofMinutes(5));
    assertEquals(200, request("PUT", endpoint + "/" + BUCKET), "the bucket is created");
    // As spark.hadoop.fs.s3a.* settings would on spark-submit; the shared session has not opened s3a:// yet.
    Configuration conf = SharedSpark.session().sparkContext().hadoopConfiguration();
    conf.set("fs.s3a.endpoint", endpoint);
    conf.set("fs.s3a.endpoint.region", "us-east-1");
    conf.set("fs.s3a.path.style.access", "true");
    conf.set("fs.s3a.connection.ssl.enabled", "false");
    conf.set("fs.s3a.access.key", "test");
    conf.set("fs.s3a.secret.key", "test");
  }

  @AfterAll
  static void stopS3() {
    if (server != null) {
      server.kill();
    }
  }

  private static void awaitServer(String url, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (request("GET", url) == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the server is still being installed or starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no S3 server at " + url + " after " + timeout + ":\n" + server.output());
  }

  private static int request(String method, String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setConnectTimeout(2000);
    try {
      return connection.getResponseCode();
    } finally {
      connection.disconnect();
    }
  }

  @Test
  void aNightAndADeadNightRunAgainOnS3GiveWhatLocalDiskGives() throws Exception {
    FakeNights local = FakeNights.onLocalDisk();
    String warehouse = "s3a://" + BUCKET + "/warehouse";
    assertEquals(3, FakeNights.run(local.small(), warehouse).annotatedNow());
    assertEquals(local.nightOne(), Nights.hashesOf(WarehouseTables.latest(warehouse)), "night 1 on S3 = night 1 on local disk");

    assertThrows(IllegalStateException.class, () -> FakeNights.run(local.large(), warehouse, "faults.fail-after", "aggregate"));
    assertEquals(local.nightOne(), Nights.hashesOf(WarehouseTables.latest(warehouse)), "a dead night is invisible");
    assertEquals(4, FakeNights.run(local.large(), warehouse).annotatedNow());
    assertEquals(local.nightTwo(), Nights.hashesOf(WarehouseTables.latest(warehouse)), "rolled back and run again: night 2 of local disk");
    List<String> operations = DeltaTable.forPath(SharedSpark.session(), warehouse + "/" + Tables.SENTENCES).history()
        .select("operation").as(Encoders.STRING()).collectAsList();
    assertTrue(operations.contains("RESTORE"), "the dead night's commits were rolled back with RESTORE: " + operations);
    Row runs = WarehouseTables.read(warehouse, Tables.RUNS).selectExpr("count(*)").first();
    assertEquals(2L, runs.getLong(0), "nights 1 and 2; the dead night left no record");
  }
}
