package org.tonewatch.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.testing.SharedSpark;

/** The changed articles of a night, and their rows replaced in a table partitioned by year. */
class WarehouseTest {
  private static final StructType KEYS = new StructType().add("article_id", DataTypes.StringType).add("year", DataTypes.IntegerType);
  private static final StructType ROWS = KEYS.add("text", DataTypes.StringType);

  @TempDir Path dir;

  private static Dataset<Row> keys(List<Row> rows) {
    return SharedSpark.session().createDataFrame(rows, KEYS);
  }

  @Test
  void anArticleMovedToAnotherYearIsNamedWithBothYearsAndCountedOnce() {
    Warehouse.Changes changes = Warehouse.Changes.of(keys(List.of(
        RowFactory.create("a", 2014), RowFactory.create("a", 2015), RowFactory.create("a", 2015), RowFactory.create("b", null))));
    assertFalse(changes.everything());
    assertEquals(3, changes.keys().size());
    assertEquals("(year IN (2014, 2015) OR year IS NULL) AND article_id IN ('a', 'b')", Warehouse.replaceCondition(changes.keys()));
  }

  @Test
  void moreArticlesThanCanBeNamedMeanEverything() {
    List<Row> many = IntStream.rangeClosed(0, Warehouse.MAX_NAMED_ARTICLES).mapToObj(i -> RowFactory.create("id" + i, 2012)).toList();
    assertTrue(Warehouse.Changes.of(keys(many)).everything(), Warehouse.MAX_NAMED_ARTICLES + 1 + " articles");
    assertFalse(Warehouse.Changes.of(keys(many.subList(0, Warehouse.MAX_NAMED_ARTICLES))).everything());
  }

  @Test
  void replacingArticlesTouchesOnlyTheirRowsAndNoChangesCommitNothing() {
    SparkSession spark = SharedSpark.session();
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString());
    Dataset<Row> first = spark.createDataFrame(List.of(
        RowFactory.create("a", 2014, "old a"), RowFactory.create("b", 2014, "b"), RowFactory.create("c", 2015, "c")), ROWS);
    assertEquals(0, warehouse.replaceArticles(first, null, "t", Warehouse.Changes.of(first)));

    // a moves from 2014 to 2016 with a new text; d is new; b and c are not named, so their rows stay as they are even
    // though the full rows given here differ.
    Dataset<Row> second = spark.createDataFrame(List.of(RowFactory.create("a", 2016, "new a"), RowFactory.create("b", 2014, "not b"),
        RowFactory.create("c", 2015, "not c"), RowFactory.create("d", null, "d")), ROWS);
    Warehouse.Changes changes = Warehouse.Changes.of(keys(List.of(
        RowFactory.create("a", 2014), RowFactory.create("a", 2016), RowFactory.create("d", null))));
    assertEquals(1, warehouse.replaceArticles(second, null, "t", changes));
    List<String> rows = new ArrayList<>(warehouse.read("t", 1).orderBy("article_id").collectAsList().stream()
        .map(r -> r.getAs("article_id") + "/" + r.getAs("year") + "/" + r.getAs("text")).toList());
    assertEquals(List.of("a/2016/new a", "b/2014/b", "c/2015/c", "d/null/d"), rows);
    String replaced = TableHash.replaced(TableHash.of(warehouse.read("t", 0)), warehouse.rowsOf("t", 0, changes),
        warehouse.rowsOf("t", 1, changes));
    assertEquals(TableHash.of(warehouse.read("t", 1)), replaced, "the fingerprint from the replaced articles' rows alone");
    assertNotEquals(TableHash.of(warehouse.read("t", 0)), replaced);

    assertEquals(1, warehouse.replaceArticles(second, null, "t", Warehouse.Changes.of(keys(List.of()))), "no changes: no commit");
    assertEquals(1, warehouse.latestVersion("t"));
  }

  /**
   * Nights add small files to the partitions they touch. Auto compaction, on in every session the project builds,
   * rewrites a partition's small files into one within the write that brings them to the threshold (lowered here from
   * its 50 to 3): the version the write returns, and a night records, is the compacted one, with the same rows.
   */
  @Test
  void aPartitionOfManySmallFilesIsCompactedWithinTheWriteThatAddsTheLast() {
    SparkSession spark = SharedSpark.session();
    assertEquals("true", spark.conf().get(Warehouse.AUTO_COMPACT));
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString());
    spark.conf().set("spark.databricks.delta.autoCompact.minNumFiles", "3");
    try {
      long version = -1;
      for (int night = 0; night < 3; night++) {
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("n" + night, 2014, "night " + night)), ROWS);
        version = warehouse.replaceArticles(rows, null, "t", Warehouse.Changes.of(rows.select("article_id", "year")));
        if (night == 1) {
          assertEquals(2, warehouse.read("t", version).inputFiles().length, "two nights, two files");
        }
      }
      assertEquals(warehouse.latestVersion("t"), version);
      assertEquals(1, warehouse.read("t", version).inputFiles().length, "compacted into one file");
      assertEquals(List.of("n0", "n1", "n2"),
          warehouse.read("t", version).orderBy("article_id").select("article_id").as(Encoders.STRING()).collectAsList());
      assertEquals("OPTIMIZE", DeltaTable.forPath(spark, warehouse.path("t")).history(1).first().getAs("operation"));
    } finally {
      spark.conf().unset("spark.databricks.delta.autoCompact.minNumFiles");
    }
  }
}
