package org.tonewatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The fingerprint of a table whose rows {@code removed} were replaced by {@code added}, from its fingerprint
   * {@code before}: the same as {@link #of} the table after, since both parts of a fingerprint are sums, without
   * reading the rows that stayed. The three must have the same columns.
   */
  public static String replaced(String before, Dataset<Row> removed, Dataset<Row> added) {
    Matcher parts = FINGERPRINT.matcher(before);
    if (!parts.matches()) {
      throw new IllegalArgumentException("not a table fingerprint: " + before);
    }
    BigInteger[] out = parts(of(removed));
    BigInteger[] in = parts(of(added));
    BigInteger rows = new BigInteger(parts.group(1)).subtract(out[0]).add(in[0]);
    BigInteger sum = new BigInteger(parts.group(2)).subtract(out[1]).add(in[1]);
    return "rows=" + rows + ",xxhash64_sum=" + sum;
  }

  private static final Pattern FINGERPRINT = Pattern.compile("rows=(\\d+),xxhash64_sum=(-?\\d+)");

  private static BigInteger[] parts(String fingerprint) {
    Matcher m = FINGERPRINT.matcher(fingerprint);
    if (!m.matches()) {
      throw new IllegalStateException(fingerprint);
    }
    return new BigInteger[] {new BigInteger(m.group(1)), new BigInteger(m.group(2))};
  }

  /** A row's 64-bit hash (xxHash64) of its values, columns in name order: two rows of equal values hash alike. */
  public static Column rowHash(Dataset<Row> table) {
    return xxhash64(Arrays.stream(table.columns()).sorted().map(c -> col("`" + c + "`")).toArray(Column[]::new));
  }
}
