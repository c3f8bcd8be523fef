package org.tonewatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.Reject;

/**
 * The published columns of the row tables, in order, in snake_case. The beans are the working form; these
 * projections are the contract with analysts, pinned by a test and documented in the README.
 */
public final class Tables {
  public static final String ARTICLES = "articles";
  public static final String SENTENCES = "sentences";
  public static final String REJECTS = "rejects";
  public static final String TONE_BY_YEAR = "tone_by_year";
  public static final String TONE_BY_LEADER = "tone_by_leader";
  public static final String TONE_BY_OUTLET = "tone_by_outlet";
  public static final String TONE_BY_YEAR_OUTLET = "tone_by_year_outlet";
  public static final String TONE_BY_YEAR_LEADER = "tone_by_year_leader";
  public static final String RUNS = "runs";
  /** The tables a run writes as one version (all but {@code runs}, which is appended to). */
  public static final java.util.List<String> VERSIONED = java.util.List.of(ARTICLES, SENTENCES, REJECTS, TONE_BY_YEAR,
      TONE_BY_OUTLET, TONE_BY_LEADER, TONE_BY_YEAR_OUTLET, TONE_BY_YEAR_LEADER);

  private Tables() {}

  public static Dataset<org.apache.spark.sql.Row> articles(Dataset<Article> articles) {
    return articles.select(
        c("articleId", "article_id"), c("source", "source"), c("format", "format"), c("url", "url"),
        c("outlet", "outlet"), c("outletRaw", "outlet_raw"), c("originalOutlet", "original_outlet"),
        c("originalOutletSource", "original_outlet_source"), c("language", "language"), c("title", "title"),
        c("published", "published"), c("datePrecision", "date_precision"), c("dateStatus", "date_status"),
        c("dateSource", "date_source"), c("publishedRaw", "published_raw"), c("characters", "characters"), c("chromeLines", "chrome_lines"),
        c("datelines", "datelines"), c("sentences", "sentences"), c("russiaSentences", "russia_sentences"),
        c("unparsedSentences", "unparsed_sentences"), c("clusterId", "cluster_id"), c("clusterSize", "cluster_size"),
        c("copyOf", "copy_of"), c("status", "status"), c("text", "text"), c("year", "year"));
  }

  public static Dataset<org.apache.spark.sql.Row> sentences(Dataset<Sentence> sentences) {
    return sentences.select(
        c("articleId", "article_id"), c("sentenceIndex", "sentence_index"), c("text", "text"),
        c("charBegin", "char_begin"), c("charEnd", "char_end"), c("tokens", "tokens"), c("parseStatus", "parse_status"),
        c("sentiment", "sentiment"), c("sentimentLabel", "sentiment_label"), c("sentimentProbs", "sentiment_probs"),
        c("sentimentScore", "sentiment_score"), c("russiaMentioned", "russia_mentioned"),
        transform(col("mentions"), m -> struct(m.getField("text").as("text"), m.getField("kind").as("kind"),
            m.getField("begin").as("begin"), m.getField("end").as("end"), m.getField("tone").as("tone"),
            m.getField("score").as("score"))).as("mentions"),
        c("tone", "tone"), c("toneScore", "tone_score"), c("toneModel", "tone_model"), c("leaders", "leaders"), c("eraLeaders", "era_leaders"),
        c("outlet", "outlet"), c("originalOutlet", "original_outlet"), c("year", "year"));
  }

  public static Dataset<org.apache.spark.sql.Row> rejects(Dataset<Reject> rejects) {
    return rejects.select(c("source", "source"), c("format", "format"), c("stage", "stage"), c("code", "code"), c("reason", "reason"),
        c("articleId", "article_id"));
  }

  private static Column c(String beanProperty, String column) {
    return col(beanProperty).as(column);
  }
}
