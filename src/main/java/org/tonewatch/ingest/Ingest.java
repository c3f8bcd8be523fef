package org.tonewatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.tonewatch.reference.Outlets;

/** Pure transforms of the ingest stage: input rows to articles, with rejects marked rather than dropped. */
public final class Ingest {
  private Ingest() {}

  /**
   * {@link InputFolder#read} rows to articles, outlets named as {@code outlets} names them, dates after {@code runDate}
   * invalid; exact copies of an earlier source from the same outlet are rejected (see {@link #firstCopies}).
   */
  public static Dataset<Article> articles(Dataset<Row> inputRows, int maxCharacters, Outlets outlets, LocalDate runDate) {
    return firstCopies(inputRows.flatMap(new SourceFile(maxCharacters, outlets, runDate), Article.ENCODER));
  }

  /**
   * Keeps one article per {@code article_id}: the one whose source sorts first, so the choice does not depend on the
   * order Spark reads files in. The others are rejected as copies, naming the source they copy.
   */
  public static Dataset<Article> firstCopies(Dataset<Article> articles) {
    Dataset<Row> kept = articles.filter(col("rejectReason").isNull()).toDF();
    WindowSpec byText = Window.partitionBy("articleId").orderBy("source");
    Column isCopy = col("copyRank").gt(1);
    Dataset<Article> ranked = kept
        .withColumn("copyRank", row_number().over(byText))
        .withColumn("sameTextAs", first("source").over(byText))
        .withColumn("rejectReason", when(isCopy, concat(lit("same text as "), col("sameTextAs"))))
        .withColumn("rejectStage", when(isCopy, lit("ingest")))
        .withColumn("rejectCode", when(isCopy, lit("duplicate")))
        .withColumn("status", when(isCopy, lit("rejected")).otherwise(col("status")))
        .drop("copyRank", "sameTextAs")
        .as(Article.ENCODER);
    return ranked.unionByName(articles.filter(col("rejectReason").isNotNull()));
  }
}
