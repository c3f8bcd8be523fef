package org.tonewatch.job;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;

/**
 * The tables the last run published, read back at the start of a run: its articles and sentences as beans, and its
 * rejects. A run adds its input to them; an article it has already annotated under the same annotation version keeps
 * its published sentences.
 */
record Published(Dataset<Article> articles, Dataset<Sentence> sentences, Dataset<Row> rejects) {

  /** The published tables of {@code warehouse}, or null when nothing has been published there. */
  static Published read(SparkSession spark, Warehouse warehouse) {
    String articles = warehouse.published(Tables.ARTICLES);
    String sentences = warehouse.published(Tables.SENTENCES);
    if (articles == null || sentences == null) {
      return null;
    }
    String rejects = warehouse.published(Tables.REJECTS);
    return new Published(Tables.articleBeans(spark.read().parquet(articles)), Tables.sentenceBeans(spark.read().parquet(sentences)),
        rejects == null ? null : spark.read().parquet(rejects));
  }

  /** The published sentences of {@code kept} articles. */
  Dataset<Sentence> sentencesOf(Dataset<Article> kept) {
    return sentences.join(kept.select("articleId"), sentences.col("articleId").equalTo(kept.col("articleId")), "left_semi")
        .as(Sentence.ENCODER);
  }

  /** This run's rejects and the published ones, but for inputs that are articles now. */
  static Dataset<Row> rejects(Published previous, Dataset<Row> now, Dataset<Article> accepted) {
    if (previous == null || previous.rejects() == null) {
      return now;
    }
    Dataset<Row> all = now.unionByName(previous.rejects()).distinct();
    return all.join(accepted.select(col("source")), all.col("source").equalTo(accepted.col("source")), "left_anti");
  }
}
