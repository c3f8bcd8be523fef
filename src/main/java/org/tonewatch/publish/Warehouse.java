package org.tonewatch.publish;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the tables as Parquet under one warehouse folder, one folder per table. {@code articles} and
 * {@code sentences} are Hive-style partitioned by {@code year} ({@code year=__HIVE_DEFAULT_PARTITION__} holds the
 * articles without a known year, which pyarrow and DuckDB read as null); the small tables are one file each, sorted
 * by key. Every write replaces the table. Driver side.
 */
public final class Warehouse {
  private final String root;

  public Warehouse(String root) {
    this.root = root;
  }

  public String path(String table) {
    return root + "/" + table;
  }

  /** A row table partitioned by {@code year}; rows sorted within files so that a rerun writes the same files. */
  public void writeByYear(Dataset<Row> rows, String table, String... sortColumns) {
    rows.repartition(rows.col("year")).sortWithinPartitions(Arrays.stream(sortColumns).map(functions::col).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).partitionBy("year").parquet(path(table));
  }

  /** A small table, as one file sorted by {@code sortColumns} (nulls last), by default its first column. */
  public void writeSmall(Dataset<Row> rows, String table, String... sortColumns) {
    String[] keys = sortColumns.length == 0 ? new String[] {rows.columns()[0]} : sortColumns;
    rows.coalesce(1).sortWithinPartitions(Arrays.stream(keys).map(k -> functions.col(k).asc_nulls_last()).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).parquet(path(table));
  }
}
