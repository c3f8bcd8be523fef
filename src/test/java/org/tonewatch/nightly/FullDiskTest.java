package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * A warehouse on a disk that fills up during the run: a real, small tmpfs (mounting needs root, as CI has; elsewhere
 * the test is skipped). The run fails with the disk's own message, publishes nothing, and once space is freed the
 * next run succeeds (it deletes the failed run's tables first: no run had completed).
 */
class FullDiskTest {
  @TempDir static Path dir;
  private static Path mount;
  private static boolean mounted;

  @BeforeAll
  static void mountASmallDisk() throws Exception {
    mount = Files.createDirectories(dir.resolve("disk"));
    mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", mount.toString())
        .redirectErrorStream(true).start().waitFor() == 0;
  }

  @AfterAll
  static void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
    }
  }

  @Test
  void aRunThatFillsTheDiskFailsWithTheDisksMessageAndTheNextRunSucceedsOnceSpaceIsFreed() throws Exception {
    assumeTrue(mounted, "mounting a tmpfs needs root");
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(dir.resolve("input"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(input.resolve("a" + i + ".txt"), HostileInputJobTest.ENGLISH + " Number " + i + " of forty. "
          + ("Russia and Britain held talks on day " + i + ". ").repeat(20));
    }
    Path warehouse = mount.resolve("warehouse");
    Files.createDirectories(warehouse);
    // A filler leaves the run less room than its tables need.
    Path filler = mount.resolve("filler");
    Files.write(filler, new byte[450 * 1024]);
    JobConf conf = JobConf.from(null, Map.of("input", input.toString(), "warehouse", warehouse.toString(),
        "nlp.engine", FakeNlpEngine.class.getName(), "warehouse.min-free-mb", "0"));

    Exception failure = assertThrows(Exception.class, () -> NightlyJob.run(spark, conf));
    assertEquals("No space left on device", NightlyJob.rootCause(failure), () -> failure.toString());
    assertNull(Snapshot.latest(new Warehouse(spark, warehouse.toString())), "nothing was published");

    Files.delete(filler);
    RunSummary summary = NightlyJob.run(spark, conf);
    assertEquals(40, summary.articles());
    assertEquals(40L, WarehouseTables.read(warehouse, "articles").count());
  }
}
