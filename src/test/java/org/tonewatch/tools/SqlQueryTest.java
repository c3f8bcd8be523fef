package org.tonewatch.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;
import org.tonewatch.testing.SampleWarehouse;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.testing.WarehouseTables;

class SqlQueryTest {
  @TempDir Path dir;

  @Test
  void writesTheQuerysRowsAsCsv() throws Exception {
    SparkSession spark = SharedSpark.session();
    Path warehouse = SampleWarehouse.get().warehouse();
    Path csv = dir.resolve("out.csv");

    int exit = SqlQuery.run(WarehouseTables.latest(warehouse),
        "SELECT year, tone_sentences FROM tone_by_year ORDER BY year", csv, 50);

    assertEquals(0, exit);
    List<String> expected = new ArrayList<>(List.of("year,tone_sentences"));
    WarehouseTables.read(warehouse, "tone_by_year").orderBy("year").collectAsList()
        .forEach(r -> expected.add(r.getAs("year") + "," + r.getAs("tone_sentences")));
    assertEquals(expected, Files.readAllLines(csv));
  }

  @Test
  void aQuerySparkRejectsIsABadInput() {
    Path warehouse = SampleWarehouse.get().warehouse();
    SharedSpark.session();
    assertEquals(2, SqlQuery.run(WarehouseTables.latest(warehouse), "SELECT nope FROM tone_by_year", null, 5));
    assertEquals(2, SqlQuery.run(WarehouseTables.latest(warehouse), "SELEC 1", null, 5));
    assertThrows(UsageException.class, () -> Snapshot.chosen(new Warehouse(SharedSpark.session(), dir.resolve("nowhere").toString()), null));
    UsageException unknown = assertThrows(UsageException.class,
        () -> Snapshot.asOf(new Warehouse(SharedSpark.session(), warehouse.toString()), "20000101T000000Z-none"));
    assertTrue(unknown.getMessage().contains("no completed run 20000101T000000Z-none"), unknown.getMessage());
  }
}
