package org.tonewatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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
  public static final String TONE_BY_OUTLET_GROUP = "tone_by_outlet_group";
  public static final String RUNS = "runs";
  /**
   * The per-article sums the aggregates are computed from ({@code aggregate.ToneAggregates}), kept up to date by each
   * night as the sentences are. Working tables: neither fingerprinted nor documented for analysts, whose numbers are
   * the aggregates'; versioned with the night like every table.
   */
  public static final String ARTICLE_TONE = "article_tone";
  public static final String ARTICLE_LEADER_TONE = "article_leader_tone";
  /** The tone aggregates, computed from {@code articles} and {@code sentences}. */
  public static final List<String> AGGREGATES = List.of(TONE_BY_YEAR, TONE_BY_OUTLET, TONE_BY_LEADER, TONE_BY_YEAR_OUTLET,
      TONE_BY_YEAR_LEADER, TONE_BY_OUTLET_GROUP);
  /** Each aggregate table's key: the columns that name one of its groups (a row). The tables are sorted by them. */
  public static final Map<String, List<String>> AGGREGATE_KEYS = Map.of(
      TONE_BY_YEAR, List.of("year"),
      TONE_BY_OUTLET, List.of("outlet", "view"),
      TONE_BY_LEADER, List.of("leader_id", "view"),
      TONE_BY_YEAR_OUTLET, List.of("year", "outlet", "view"),
      TONE_BY_YEAR_LEADER, List.of("year", "leader_id", "view"),
      TONE_BY_OUTLET_GROUP, List.of("outlet_group", "view"));
  /** The tables a run writes and fingerprints (all but {@code runs}, its record, and the copy index). */
  public static final List<String> VERSIONED = List.of(ARTICLES, SENTENCES, REJECTS, TONE_BY_YEAR,
      TONE_BY_OUTLET, TONE_BY_LEADER, TONE_BY_YEAR_OUTLET, TONE_BY_YEAR_LEADER, TONE_BY_OUTLET_GROUP);

  private Tables() {}

  /** The published columns of {@code articles}: bean property → column, in table order. */
  static final String[][] ARTICLE_COLUMNS = {
      {"articleId", "article_id"}, {"source", "source"}, {"format", "format"}, {"url", "url"},
      {"outlet", "outlet"}, {"outletRaw", "outlet_raw"}, {"originalOutlet", "original_outlet"},
      {"originalOutletSource", "original_outlet_source"}, {"language", "language"}, {"title", "title"},
      {"published", "published"}, {"datePrecision", "date_precision"}, {"dateStatus", "date_status"},
      {"dateSource", "date_source"}, {"publishedRaw", "published_raw"}, {"characters", "characters"}, {"chromeLines", "chrome_lines"},
      {"datelines", "datelines"}, {"sentences", "sentences"}, {"russiaSentences", "russia_sentences"},
      {"unparsedSentences", "unparsed_sentences"}, {"clusterId", "cluster_id"}, {"clusterSize", "cluster_size"},
      {"copyOf", "copy_of"}, {"status", "status"}, {"annotationVersion", "annotation_version"}, {"text", "text"}, {"year", "year"}};

  /** The published columns of {@code sentences}: bean property → column, in table order. */
  static final String[][] SENTENCE_COLUMNS = {
      {"articleId", "article_id"}, {"sentenceIndex", "sentence_index"}, {"text", "text"},
      {"charBegin", "char_begin"}, {"charEnd", "char_end"}, {"tokens", "tokens"}, {"parseStatus", "parse_status"},
      {"repeatOf", "repeat_of"}, {"sentiment", "sentiment"}, {"sentimentLabel", "sentiment_label"}, {"sentimentProbs", "sentiment_probs"},
      {"sentimentScore", "sentiment_score"}, {"russiaMentioned", "russia_mentioned"}, {"mentions", "mentions"},
      {"tone", "tone"}, {"toneScore", "tone_score"}, {"toneModel", "tone_model"}, {"leaders", "leaders"}, {"eraLeaders", "era_leaders"},
      {"outlet", "outlet"}, {"originalOutlet", "original_outlet"}, {"year", "year"}};

  public static Dataset<Row> articles(Dataset<Article> articles) {
    return articles.select(published(ARTICLE_COLUMNS));
  }

  public static Dataset<Row> sentences(Dataset<Sentence> sentences) {
    return sentences.select(published(SENTENCE_COLUMNS));
  }

  /** A published {@code articles} table back as beans, for a later run; properties the table lacks are empty. */
  public static Dataset<Article> articleBeans(Dataset<Row> table) {
    return beans(table, ARTICLE_COLUMNS, Article.ENCODER);
  }

  /** A published {@code sentences} table back as beans. */
  public static Dataset<Sentence> sentenceBeans(Dataset<Row> table) {
    return beans(table, SENTENCE_COLUMNS, Sentence.ENCODER);
  }

  private static Column[] published(String[][] columns) {
    return Arrays.stream(columns).map(pair -> pair[0].equals("mentions")
        ? transform(col("mentions"), m -> struct(m.getField("text").as("text"), m.getField("kind").as("kind"),
            m.getField("begin").as("begin"), m.getField("end").as("end"), m.getField("tone").as("tone"),
            m.getField("score").as("score"), m.getField("evidence").as("evidence"))).as("mentions")
        : col(pair[0]).as(pair[1])).toArray(Column[]::new);
  }

  private static <T> Dataset<T> beans(Dataset<Row> table, String[][] columns, Encoder<T> encoder) {
    Map<String, String> byProperty = new HashMap<>();
    for (String[] pair : columns) {
      byProperty.put(pair[0], pair[1]);
    }
    Set<String> present = Set.of(table.columns());
    List<Column> select = new ArrayList<>();
    for (StructField field : encoder.schema().fields()) {
      String column = byProperty.get(field.name());
      if (column != null && present.contains(column)) {
        select.add(withMissingFields(col(column), table.schema().apply(column).dataType(), field.dataType()).as(field.name()));
      } else if (field.nullable()) {
        select.add(lit(null).cast(field.dataType()).as(field.name()));
      } else {
        select.add(lit(0).cast(field.dataType()).as(field.name()));
      }
    }
    return table.select(select.toArray(Column[]::new)).as(encoder);
  }

  /**
   * An array of structs written before its element gained fields ({@code mentions} before {@code evidence}) with
   * those fields null, so that an older table still reads as today's beans; any other column as it is.
   */
  private static Column withMissingFields(Column column, DataType written, DataType wanted) {
    if (!(written instanceof ArrayType w && w.elementType() instanceof StructType had
        && wanted instanceof ArrayType a && a.elementType() instanceof StructType want)) {
      return column;
    }
    Set<String> fields = Set.of(had.fieldNames());
    return transform(column, m -> struct(Arrays.stream(want.fields())
        .map(f -> (fields.contains(f.name()) ? m.getField(f.name()) : lit(null).cast(f.dataType())).as(f.name()))
        .toArray(Column[]::new)));
  }

  public static Dataset<Row> rejects(Dataset<Reject> rejects) {
    return rejects.select(c("source", "source"), c("format", "format"), c("stage", "stage"), c("code", "code"), c("reason", "reason"),
        c("articleId", "article_id"));
  }

  private static Column c(String beanProperty, String column) {
    return col(beanProperty).as(column);
  }
}
