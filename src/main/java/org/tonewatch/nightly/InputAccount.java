package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.ingest.Article;

/**
 * Where each of a run's inputs went: every entry of the input folder and every record inside its files ends as an
 * article (new, or one already published), a copy of another article, or a reject. {@link #check} fails the run when
 * any input is in none of them, so nothing the folder held is lost without a trace.
 */
record InputAccount(long inputsSeen, long articles, long copies, long rejects) {

  /**
   * @param incoming the run's inputs as ingest read them (rejects included)
   * @param outcome every article of the run after annotation, the published ones kept included
   */
  static InputAccount of(Dataset<Article> incoming, Dataset<Article> outcome) {
    Dataset<Row> read = incoming.select(col("articleId").as("inputId"), col("rejectCode").as("ingestReject"));
    // An exact copy rejected at ingest shares its article's id; only rows that got past ingest are outcomes to join.
    Dataset<Row> ended = outcome.filter(coalesce(col("rejectStage"), lit("")).notEqual("ingest"))
        .select(col("articleId"), col("rejectCode"), col("copyOf"));
    Dataset<Row> joined = read.join(ended,
        read.col("inputId").equalTo(ended.col("articleId")).and(read.col("ingestReject").isNull()), "left");
    Column rejected = col("ingestReject").isNotNull().or(col("rejectCode").isNotNull());
    Column matched = col("articleId").isNotNull();
    Row counts = joined.agg(count(lit(1)),
        count(when(rejected, 1)),
        count(when(rejected.equalTo(false).and(matched).and(col("copyOf").isNotNull()), 1)),
        count(when(rejected.equalTo(false).and(matched).and(col("copyOf").isNull()), 1))).first();
    return new InputAccount(counts.getLong(0), counts.getLong(3), counts.getLong(2), counts.getLong(1));
  }

  /** Throws when the counts do not add up: an input went missing between reading and publishing. */
  InputAccount check() {
    if (articles + copies + rejects != inputsSeen) {
      throw new IllegalStateException(String.format(Locale.ROOT, "%d of %d inputs are neither an article, a copy nor a reject; "
          + "nothing was published", inputsSeen - articles - copies - rejects, inputsSeen));
    }
    return this;
  }

  String line() {
    return String.format(Locale.ROOT, "inputs_seen=%d = articles %d + copies %d + rejects %d", inputsSeen, articles, copies, rejects);
  }
}
