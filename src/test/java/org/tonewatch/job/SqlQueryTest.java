package org.tonewatch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

class SqlQueryTest {
  @TempDir Path dir;

  @Test
  void writesTheQuerysRowsAsCsv() throws Exception {
    SparkSession spark = SharedSpark.session();
    Path warehouse = SampleWarehouse.get().warehouse();
    Path csv = dir.resolve("out.csv");

    int exit = SqlQuery.run(spark, SqlQuery.tables(warehouse),
        "SELECT year, tone_sentences FROM tone_by_year ORDER BY year", csv, 50);

    assertEquals(0, exit);
    List<String> expected = new ArrayList<>(List.of("year,tone_sentences"));
    spark.read().parquet(warehouse.resolve("tone_by_year").toString()).orderBy("year").collectAsList()
        .forEach(r -> expected.add(r.getAs("year") + "," + r.getAs("tone_sentences")));
    assertEquals(expected, Files.readAllLines(csv));
  }

  @Test
  void aQuerySparkRejectsIsABadInput() {
    Path warehouse = SampleWarehouse.get().warehouse();
    assertEquals(2, SqlQuery.run(SharedSpark.session(), SqlQuery.tables(warehouse), "SELECT nope FROM tone_by_year", null, 5));
    assertEquals(2, SqlQuery.run(SharedSpark.session(), SqlQuery.tables(warehouse), "SELEC 1", null, 5));
    assertThrows(UsageException.class, () -> SqlQuery.tables(dir.resolve("nowhere")));
  }
}
