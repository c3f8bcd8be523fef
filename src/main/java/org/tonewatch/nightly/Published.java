package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.annotate.CurrentAnnotation;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.copies.CopyClusters;
import org.tonewatch.ingest.Article;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Snapshot;

/**
 * The tables the last completed night left, read back at the start of a run: its articles (as published rows, and as
 * beans marked {@code previouslyPublished}) and sentences as beans, its rejects and its copy index (each of the last
 * two may be null). A run adds its input to them; an article already annotated under the same annotation version keeps its
 * published sentences, and, when the copy index holds it, is neither cleaned nor shingled again.
 */
record Published(Dataset<Row> articleRows, Dataset<Article> articles, Dataset<Sentence> sentences, Dataset<Row> rejects,
    Dataset<Row> copyIndex) {

  /**
   * What the last completed night's {@code runs} row says about its tables: the build that wrote them, their
   * annotation version and each table's fingerprint.
   */
  record Record(String codeCommit, String annotationVersion, Map<String, String> hashes) {
    /** {@code last}'s row of {@code runs}, or null when no night has completed. */
    static Record of(Snapshot last) {
      if (last == null) {
        return null;
      }
      Row row = last.read(Tables.RUNS).filter(col("run_id").equalTo(last.runId()))
          .select("code_commit", "annotation_version", "table_hashes").first();
      return new Record(row.getString(0), row.getString(1), row.isNullAt(2) ? Map.of() : Map.copyOf(row.<String, String>getJavaMap(2)));
    }

    /**
     * Whether tonight's aggregates would be those the last night committed: the same versions of {@code articles}
     * and {@code sentences}, annotated under the same version, and the same build of the code, one known and built
     * from a clean checkout (a build outside git, or with uncommitted changes, always computes them again).
     */
    boolean sameAggregates(Snapshot last, Map<String, Long> versions, String annotationVersion, String codeCommit) {
      return sameRules(last, annotationVersion, codeCommit)
          && versions.get(Tables.ARTICLES).equals(last.versions().get(Tables.ARTICLES))
          && versions.get(Tables.SENTENCES).equals(last.versions().get(Tables.SENTENCES));
    }

    /**
     * Whether the last night's aggregates were computed as tonight's are: the same build, known and clean, and
     * annotation version, and its aggregate tables all there.
     */
    boolean sameRules(Snapshot last, String annotationVersion, String codeCommit) {
      return codeCommit.equals(this.codeCommit) && !codeCommit.equals("unknown") && !codeCommit.endsWith("-dirty")
          && annotationVersion.equals(this.annotationVersion)
          && Tables.AGGREGATES.stream().allMatch(last::has);
    }

    /**
     * Whether a night may compute again only the groups its changed articles fall in and keep the other rows of the
     * last night's aggregates: {@link #sameRules}, and the last night's articles and sums are there to tell which
     * groups its articles were in.
     */
    boolean updatableAggregates(Snapshot last, String annotationVersion, String codeCommit) {
      return sameRules(last, annotationVersion, codeCommit)
          && java.util.stream.Stream.of(Tables.ARTICLES, Tables.ARTICLE_TONE, Tables.ARTICLE_LEADER_TONE).allMatch(last::has);
    }
  }

  /** The tables of {@code last}, or null when no night has completed. */
  static Published read(Snapshot last) {
    if (last == null || !last.has(Tables.ARTICLES) || !last.has(Tables.SENTENCES)) {
      return null;
    }
    Dataset<Row> articleRows = last.read(Tables.ARTICLES);
    return new Published(articleRows,
        Tables.articleBeans(articleRows).withColumn("previouslyPublished", lit(true)).as(Article.ENCODER),
        Tables.sentenceBeans(last.read(Tables.SENTENCES)),
        last.has(Tables.REJECTS) ? last.read(Tables.REJECTS) : null,
        last.has(CopyClusters.INDEX) ? CopyClusters.comparable(last.read(CopyClusters.INDEX)) : null);
  }

  /**
   * What a run does with its input and the published articles: {@code toClean} are cleaned (and shingled for copy
   * detection): the input's articles that are not published yet, its rejects, and the published articles that cannot
   * be kept as they are; {@code kept} are the published articles annotated under {@code version} and, when copy
   * detection is on, held by its index.
   */
  record Intake(Dataset<Article> toClean, Dataset<Article> kept) {}

  /** @param index the copy index to compare kept articles through, or null when copy detection is off */
  static Intake intake(Published previous, Dataset<Article> incoming, String version, Dataset<Row> index) {
    if (previous == null) {
      return new Intake(incoming, incoming.limit(0));
    }
    Dataset<Article> articles = previous.articles();
    Dataset<Article> fresh = incoming.join(articles.select("articleId"), incoming.col("articleId").equalTo(articles.col("articleId")),
        "left_anti").as(Article.ENCODER);
    Column current = CurrentAnnotation.settled(version);
    Dataset<Article> settled = articles.filter(current);
    // Published articles are cleaned again when they are not settled under this version, or when the index lacks them
    // (too short to shingle, or published without an index); only the settled ones it holds are kept. Which they are
    // is found from the ids alone: most nights there are none, and the published text is then not read at all.
    String[] id = {"articleId"};
    Dataset<Row> again = articles.filter(not(current)).select("articleId");
    if (index != null) {
      again = again.unionByName(settled.select("articleId").join(index.select("articleId"), id, "left_anti"));
    }
    Dataset<Article> toClean = again.isEmpty() ? fresh
        : fresh.unionByName(articles.join(again, id, "left_semi").as(Article.ENCODER));
    return new Intake(toClean,
        withoutText(index == null ? settled : settled.join(index.select("articleId"), id, "left_semi").as(Article.ENCODER)));
  }

  /**
   * Kept articles without their text, which a night does not read: they are neither cleaned nor annotated again, and
   * a kept row written again (its cluster changed) takes its text from the published row.
   */
  private static Dataset<Article> withoutText(Dataset<Article> kept) {
    return kept.withColumn("text", lit(null).cast("string")).as(Article.ENCODER);
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
