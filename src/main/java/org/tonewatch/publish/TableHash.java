package org.tonewatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An order-independent fingerprint of a table's rows: their number and the sum of a 64-bit hash (xxHash64) of each
 * row's values, columns in table order. Two tables with the same rows, in any order and any files, have the same
 * fingerprint; a missing, extra or changed row changes it (but for hash collisions).
 */
public final class TableHash {
  private TableHash() {}

  public static String of(Dataset<Row> table) {
    Row row = table.agg(count(lit(1)), sum(rowHash(table).cast("decimal(38,0)"))).first();
    return "rows=" + row.getLong(0) + ",xxhash64_sum=" + (row.isNullAt(1) ? "0" : row.getDecimal(1).toPlainString());
  }

  /** A row's 64-bit hash (xxHash64) of its values, columns in name order: two rows of equal values hash alike. */
  public static Column rowHash(Dataset<Row> table) {
    return xxhash64(Arrays.stream(table.columns()).sorted().map(c -> col("`" + c + "`")).toArray(Column[]::new));
  }
}
