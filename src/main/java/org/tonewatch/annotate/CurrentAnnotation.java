package org.tonewatch.annotate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;

/**
 * The rule of which articles a run keeps as they are, written once: an article is <em>annotated under</em> a version
 * when its {@code status} is {@code annotated} and its {@code annotationVersion} is that version, and <em>settled
 * under</em> it when it was annotated, or found a copy of another article, under that version. An article annotated
 * under another version, or never (null status or version), is neither. Both are conditions on the columns of
 * {@code Article}, never null; they run wherever the plan runs.
 */
public final class CurrentAnnotation {
  public static final String ANNOTATED = "annotated";
  static final String COPY = "copy";

  private CurrentAnnotation() {}

  /** Annotated under {@code version}: its published sentences are this version's. */
  public static Column annotated(String version) {
    return under(version, ANNOTATED);
  }

  /** Annotated, or found a copy, under {@code version}: neither cleaned nor compared for copies again. */
  public static Column settled(String version) {
    return under(version, ANNOTATED, COPY);
  }

  private static Column under(String version, String... statuses) {
    return coalesce(col("status").isin((Object[]) statuses).and(col("annotationVersion").equalTo(version)), lit(false));
  }
}
