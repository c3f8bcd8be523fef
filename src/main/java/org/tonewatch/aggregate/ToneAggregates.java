package org.tonewatch.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;

/**
 * The aggregate tables, computed from per-article sums of the {@code sentences} ({@link Sums}). For each group:
 *
 * <ul>
 *   <li>{@code sentences}, {@code articles}: all sentences of the group and the articles they come from;
 *   <li>{@code tone_sentences}, {@code tone_articles}: those with a tone (a Russia mention in a parsed sentence);
 *   <li>{@code mean_tone} with {@code tone_ci_low}, {@code tone_ci_high}: the 95% interval of {@link ClusteredMean};
 *   <li>{@code share_negative}, {@code share_neutral}, {@code share_positive}: of the tone sentences;
 *   <li>{@code mean_sentiment}: mean sentiment score of the tone sentences, {@code mean_sentiment_all} of all
 *       parsed sentences of the group;
 *   <li>{@code adj_share_negative}, {@code adj_share_neutral}, {@code adj_share_positive}, {@code adj_mean_tone} with
 *       {@code adj_ci_low}, {@code adj_ci_high}: the shares and mean corrected for the tone model's known errors, and
 *       the interval that covers both the articles' sampling and those errors' ({@link AdjustedTone}); null when the
 *       tone model has no measured error rates.
 * </ul>
 *
 * Pure transforms: no I/O. The tables are small; the publish stage sorts them by their first column.
 */
public final class ToneAggregates {
  static final String HALF_WIDTH = "tonewatch_ci_half_width";
  static final String ADJUSTED = "tonewatch_adjusted_tone";
  private ToneAggregates() {}

  /** The group of an outlet that {@code outlets.csv} gives none. */
  public static final String UNRATED = "unrated";

  /**
   * Registers the interval and adjustment functions with the session; call once before the transforms.
   * {@code adjustment} corrects for the tone model's errors; with null the adjusted columns are null.
   */
  public static void register(SparkSession spark, AdjustedTone adjustment) {
    register(spark, adjustment, AdjustedTone.ARTICLES_DRAWN_ONE_BY_ONE);
  }

  /** {@link #register(SparkSession, AdjustedTone)}, with groups of more than {@code articlesOneByOne} drawn from their sums. */
  static void register(SparkSession spark, AdjustedTone adjustment, int articlesOneByOne) {
    spark.udf().register(ADJUSTED, functions.udaf(new AdjustedToneOfGroup(adjustment, articlesOneByOne), AdjustedToneOfGroup.input()));
    spark.udf().register(HALF_WIDTH,
        (UDF7<Long, Long, Double, Double, Double, Double, Double, Double>) (g, n, s, s2, sn, n2, y2) ->
            ClusteredMean.halfWidth(g, n, zeroIfNull(s), zeroIfNull(s2), zeroIfNull(sn), zeroIfNull(n2), zeroIfNull(y2)),
        DataTypes.DoubleType);
  }

  private static double zeroIfNull(Double value) {
    return value == null ? 0 : value;
  }

  /**
   * The sums every table is made of, per article and per article and leader it names: counts of sentences and tone
   * sentences, the sum of tone, the counts of each tone and the sums of sentiment; and which outlets printed each story
   * ({@code articleId} of the cluster's representative, {@code outlet}), for the tables by outlet. Each table adds these
   * up by its keys, so the sentences and articles are read once, whatever the number of tables. Cached;
   * {@link #release} frees them.
   */
  public static final class Sums {
    private final Dataset<Row> articles;
    private final Dataset<Row> articleLeaders;
    private final Dataset<Row> printed;

    private Sums(Dataset<Row> articles, Dataset<Row> articleLeaders, Dataset<Row> printed) {
      this.articles = articles.persist(StorageLevel.MEMORY_AND_DISK());
      this.articleLeaders = articleLeaders.persist(StorageLevel.MEMORY_AND_DISK());
      this.printed = printed.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Computes and caches the sums now, so that tables computed concurrently from them read their sources once rather
     * than each on its own before the cache is filled; returns the number of articles with sums.
     */
    public long materialize() {
      articleLeaders.count();
      printed.count();
      return articles.count();
    }

    public void release() {
      articles.unpersist();
      articleLeaders.unpersist();
      printed.unpersist();
    }
  }

  /**
   * The sums of {@code sentences} ({@link #articleTone} and {@link #articleLeaderTone} of them); {@code articles} are
   * the run's accepted articles, copies included.
   */
  public static Sums sums(Dataset<Sentence> sentences, Dataset<Article> articles) {
    return sums(articleTone(sentences), articleLeaderTone(sentences), articles);
  }

  /**
   * The sums as the warehouse keeps them, in tables {@code article_tone} and {@code article_leader_tone}: a night
   * replaces the rows of the articles it changes, as it does their sentences, and computes the aggregates from these
   * tables, one row per article (and leader), instead of from every sentence.
   */
  public static Sums sums(Dataset<Row> articleTone, Dataset<Row> articleLeaderTone, Dataset<Article> articles) {
    return new Sums(working(articleTone), working(articleLeaderTone),
        articles.select(coalesce(col("copyOf"), col("articleId")).as("articleId"), col("outlet")).distinct());
  }

  /**
   * The per-article sums of {@code sentences} as table rows ({@code article_tone}), each sentence once: a repeat of an
   * earlier sentence of its article ({@code repeatOf}) is left out. Columns: {@code article_id, year,
   * original_outlet, era_leaders} and the sums {@code n_all} (sentences), {@code n_g} (tone sentences), {@code s_g}
   * (their tone's sum), {@code neg_g, neu_g, pos_g}, {@code tone_sentiment_sum, tone_sentiment_n, sentiment_sum,
   * sentiment_n}.
   */
  public static Dataset<Row> articleTone(Dataset<Sentence> sentences) {
    return published(perArticle(counted(sentences), col("year"), col("originalOutlet"), col("eraLeaders")));
  }

  /** The same sums per article and leader it names ({@code article_leader_tone}): {@code article_id, year, leader_id}. */
  public static Dataset<Row> articleLeaderTone(Dataset<Sentence> sentences) {
    return published(perArticle(counted(sentences).withColumn("leader_id", explode(col("leaders"))), col("year"), col("leader_id")));
  }

  private static Dataset<Row> counted(Dataset<Sentence> sentences) {
    return sentences.toDF().filter(col("repeatOf").isNull());
  }

  /** The working names of the sums' attribute columns and their names in the tables. */
  private static final String[][] ATTRIBUTES = {{"articleId", "article_id"}, {"originalOutlet", "original_outlet"}, {"eraLeaders", "era_leaders"}};

  private static Dataset<Row> published(Dataset<Row> sums) {
    for (String[] names : ATTRIBUTES) {
      sums = sums.withColumnRenamed(names[0], names[1]);
    }
    return sums;
  }

  private static Dataset<Row> working(Dataset<Row> table) {
    for (String[] names : ATTRIBUTES) {
      table = table.withColumnRenamed(names[1], names[0]);
    }
    return table;
  }

  /** {@code tone_by_year}: articles without a known year stay out. */
  public static Dataset<Row> byYear(Sums sums) {
    return byYear(sums, null);
  }

  /**
   * {@link #byYear(Sums)}, of the groups in {@code only} alone (its rows: the table's key columns, {@code view}
   * included where the table has one), or of all when it is null; so with each table below. A group's row depends on
   * its own articles only, so a night computes the groups its articles fall in and keeps the others' rows.
   */
  public static Dataset<Row> byYear(Sums sums, Dataset<Row> only) {
    return summarise(within(sums.articles.filter(col("year").isNotNull()), only, null, "year"), "year");
  }

  /**
   * The rows of {@code perArticle} in the groups of {@code only} (of its {@code view}, when not null) by the
   * {@code keys} columns, a null key matching a null; all of them when {@code only} is null.
   */
  private static Dataset<Row> within(Dataset<Row> perArticle, Dataset<Row> only, String view, String... keys) {
    if (only == null) {
      return perArticle;
    }
    Dataset<Row> groups = view == null ? only : only.filter(col("view").equalTo(view)).drop("view");
    return perArticle.join(broadcast(groups), sameGroup(perArticle, groups, keys), "left_semi");
  }

  /** Whether a row of {@code rows} and one of {@code groups} have the same {@code keys}, a null key matching a null. */
  public static Column sameGroup(Dataset<Row> rows, Dataset<Row> groups, String... keys) {
    Column match = lit(true);
    for (String key : keys) {
      match = match.and(rows.col(key).eqNullSafe(groups.col(key)));
    }
    return match;
  }

  /**
   * {@code tone_by_outlet}, in two views told apart by {@code view}: {@code original}, by the outlet whose story it is
   * ({@code original_outlet}), each story once; and {@code publisher}, by each outlet that printed the story, once per
   * outlet: a story's sentences (those of its cluster's representative) count for every outlet among the cluster's
   * articles.
   */
  public static Dataset<Row> byOutlet(Sums sums) {
    return byOutlet(sums, null);
  }

  public static Dataset<Row> byOutlet(Sums sums, Dataset<Row> only) {
    return byOutletAnd(sums, sums.articles, null, only);
  }

  /** {@code tone_by_year_outlet}: {@link #byOutlet} within each year; articles without a year stay out. */
  public static Dataset<Row> byYearAndOutlet(Sums sums) {
    return byYearAndOutlet(sums, null);
  }

  public static Dataset<Row> byYearAndOutlet(Sums sums, Dataset<Row> only) {
    return byOutletAnd(sums, sums.articles.filter(col("year").isNotNull()), null, only, "year");
  }

  /**
   * {@code tone_by_outlet_group}: {@link #byOutlet} with the outlets rolled up by their group in {@code outlets.csv}
   * ({@code groups}: columns {@code outlet, outlet_group}); an outlet without a group counts as {@code unrated}. Each
   * group's interval is computed over its articles, as an outlet's is, not from the outlets' figures.
   */
  public static Dataset<Row> byOutletGroup(Sums sums, Dataset<Row> groups) {
    return byOutletGroup(sums, groups, null);
  }

  public static Dataset<Row> byOutletGroup(Sums sums, Dataset<Row> groups, Dataset<Row> only) {
    return byOutletAnd(sums, sums.articles, groups, only);
  }

  /** @param groups the outlets' groups, or null for the outlets themselves */
  private static Dataset<Row> byOutletAnd(Sums sums, Dataset<Row> perArticle, Dataset<Row> groups, Dataset<Row> only,
      String... first) {
    List<String> keys = new ArrayList<>(List.of(first));
    keys.add(groups == null ? "outlet" : "outlet_group");
    String[] keyArray = keys.toArray(String[]::new);
    Dataset<Row> original = summarise(within(inGroups(perArticle.withColumnRenamed("originalOutlet", "outlet"), groups),
        only, "original", keyArray), keyArray);
    Dataset<Row> publisher = summarise(within(inGroups(perArticle.drop("originalOutlet").join(sums.printed, "articleId"), groups),
        only, "publisher", keyArray), keyArray);
    return withView(original, keys, "original").unionByName(withView(publisher, keys, "publisher"));
  }

  /** {@code rows} with their {@code outlet} replaced by its group, or as they are when {@code groups} is null. */
  private static Dataset<Row> inGroups(Dataset<Row> rows, Dataset<Row> groups) {
    if (groups == null) {
      return rows;
    }
    Dataset<Row> named = groups.withColumnRenamed("outlet", "grouped_outlet");
    return rows.join(named, rows.col("outlet").equalTo(named.col("grouped_outlet")), "left")
        .withColumn("outlet_group", coalesce(col("outlet_group"), lit(UNRATED)))
        .drop("outlet", "grouped_outlet");
  }

  /** {@code summary} with a {@code view} column after its {@code keys}. */
  private static Dataset<Row> withView(Dataset<Row> summary, List<String> keys, String view) {
    List<Column> first = new ArrayList<>(keys.stream().map(summary::col).toList());
    first.add(lit(view).as("view"));
    return summary.select(concatColumns(first, Arrays.stream(summary.columns()).filter(c -> !keys.contains(c)).map(summary::col).toList()));
  }

  /**
   * {@code tone_by_leader}, in two views told apart by {@code view}: {@code actor}, where a sentence counts for every
   * leader it names, and {@code era}, where it counts for the UK prime minister and the Russian president in office
   * when its article was published ({@code era_leaders}). {@code leaders} has columns
   * {@code leader_id, leader_name, country}.
   */
  public static Dataset<Row> byLeader(Sums sums, Dataset<Row> leaders) {
    return byLeader(sums, leaders, null);
  }

  public static Dataset<Row> byLeader(Sums sums, Dataset<Row> leaders, Dataset<Row> only) {
    return byLeaderIn(sums.articleLeaders, leaders, only, "actor").unionByName(byLeaderIn(era(sums.articles), leaders, only, "era"));
  }

  /** {@code tone_by_year_leader}: {@link #byLeader} within each year; articles without a year stay out. */
  public static Dataset<Row> byYearAndLeader(Sums sums, Dataset<Row> leaders) {
    return byYearAndLeader(sums, leaders, null);
  }

  public static Dataset<Row> byYearAndLeader(Sums sums, Dataset<Row> leaders, Dataset<Row> only) {
    Column dated = col("year").isNotNull();
    return byLeaderIn(sums.articleLeaders.filter(dated), leaders, only, "actor", "year")
        .unionByName(byLeaderIn(era(sums.articles.filter(dated)), leaders, only, "era", "year"));
  }

  /** Per-article sums, once for each of the article's era leaders. */
  private static Dataset<Row> era(Dataset<Row> perArticle) {
    return perArticle.withColumn("leader_id", explode(col("eraLeaders")));
  }

  private static Dataset<Row> byLeaderIn(Dataset<Row> perArticle, Dataset<Row> leaders, Dataset<Row> only, String view,
      String... first) {
    List<String> keys = new ArrayList<>(List.of(first));
    keys.add("leader_id");
    String[] keyArray = keys.toArray(String[]::new);
    Dataset<Row> summary = summarise(within(perArticle, only, view, keyArray), keyArray);
    List<Column> head = new ArrayList<>(Arrays.stream(first).map(k -> col(k)).toList());
    head.addAll(List.of(col("leader_id"), col("leader_name"), col("country"), lit(view).as("view")));
    return summary.join(leaders, "leader_id")
        .select(concatColumns(head, Arrays.stream(summary.columns()).filter(c -> !keys.contains(c)).map(c -> summary.col(c)).toList()));
  }

  /** Sums of the sentences of each article (and of {@code attributes}, which are the article's own). */
  private static Dataset<Row> perArticle(Dataset<Row> sentences, Column... attributes) {
    Column hasTone = col("tone").isNotNull();
    List<Column> keys = new ArrayList<>(List.of(col("articleId")));
    keys.addAll(List.of(attributes));
    return sentences.groupBy(keys.toArray(Column[]::new)).agg(
        count(lit(1)).as("n_all"),
        count(col("tone")).as("n_g"),
        sum(col("tone")).cast("double").as("s_g"),
        sum(when(col("tone").equalTo(-1), 1).otherwise(0)).as("neg_g"),
        sum(when(col("tone").equalTo(0), 1).otherwise(0)).as("neu_g"),
        sum(when(col("tone").equalTo(1), 1).otherwise(0)).as("pos_g"),
        sum(when(hasTone, exact(col("sentimentScore")))).as("tone_sentiment_sum"),
        count(when(hasTone, col("sentimentScore"))).as("tone_sentiment_n"),
        sum(exact(col("sentimentScore"))).as("sentiment_sum"),
        count(col("sentimentScore")).as("sentiment_n"));
  }

  /** The statistics of each group of per-article sums by the {@code keys} columns, the keys first. */
  static Dataset<Row> summarise(Dataset<Row> perArticle, String... keys) {
    List<Column> keyColumns = Arrays.stream(keys).map(k -> col(k)).toList();
    Dataset<Row> perKey = perArticle.groupBy(keyColumns.toArray(Column[]::new)).agg(
        sum("n_all").as("sentences"),
        count(lit(1)).as("articles"),
        sum("n_g").as("tone_sentences"),
        count(when(col("n_g").gt(0), 1)).as("tone_articles"),
        sum("s_g").as("sum_s"),
        sum(col("s_g").multiply(col("s_g"))).as("sum_s2"),
        sum(col("s_g").multiply(col("n_g"))).as("sum_sn"),
        sum(col("n_g").multiply(col("n_g"))).cast("double").as("sum_n2"),
        sum("neg_g").as("neg"),
        sum("neu_g").as("neu"),
        sum("pos_g").as("pos"),
        sum("tone_sentiment_sum").as("tone_sentiment_sum"),
        sum("tone_sentiment_n").as("tone_sentiment_n"),
        sum("sentiment_sum").as("sentiment_sum"),
        sum("sentiment_n").as("sentiment_n"),
        call_udf(ADJUSTED, concat_ws("|", keyColumns.stream().map(k -> k.cast("string")).toArray(Column[]::new)),
            col("articleId"), col("neg_g").cast("long"), col("neu_g").cast("long"), col("pos_g").cast("long")).as("adjusted"));

    Column n = col("tone_sentences");
    Column hasAny = n.gt(0);
    Column mean = when(hasAny, col("sum_s").divide(n));
    Column half = call_udf(HALF_WIDTH, col("tone_articles"), n, col("sum_s"), col("sum_s2"), col("sum_sn"), col("sum_n2"),
        col("neg").plus(col("pos")).cast("double"));
    return perKey.select(concatColumns(keyColumns, List.of(
            col("sentences"),
            col("articles"),
            n,
            col("tone_articles"),
            mean.as("mean_tone"),
            when(half.isNotNull(), greatest(lit(-1.0), mean.minus(half))).as("tone_ci_low"),
            when(half.isNotNull(), least(lit(1.0), mean.plus(half))).as("tone_ci_high"),
            when(hasAny, col("neg").divide(n)).as("share_negative"),
            when(hasAny, col("neu").divide(n)).as("share_neutral"),
            when(hasAny, col("pos").divide(n)).as("share_positive"),
            when(col("tone_sentiment_n").gt(0), col("tone_sentiment_sum").divide(col("tone_sentiment_n")).cast("double"))
                .as("mean_sentiment"),
            when(col("sentiment_n").gt(0), col("sentiment_sum").divide(col("sentiment_n")).cast("double"))
                .as("mean_sentiment_all"),
            col("adjusted.shareNegative").as("adj_share_negative"),
            col("adjusted.shareNeutral").as("adj_share_neutral"),
            col("adjusted.sharePositive").as("adj_share_positive"),
            col("adjusted.meanTone").as("adj_mean_tone"),
            col("adjusted.ciLow").as("adj_ci_low"),
            col("adjusted.ciHigh").as("adj_ci_high"))));
  }

  /**
   * A score as a decimal, so that its sums are exact: a sum of doubles depends on the order of its terms, which
   * depends on how the sentences are partitioned (an incremental night and a full run order them differently), and
   * the tables must hold the same numbers for the same sentences. The tone sums need no such care: they are whole.
   */
  private static Column exact(Column score) {
    return score.cast(EXACT);
  }

  private static final String EXACT = "decimal(38,18)";

  private static Column[] concatColumns(List<Column> first, List<Column> rest) {
    List<Column> all = new ArrayList<>(first);
    all.addAll(rest);
    return all.toArray(Column[]::new);
  }
}
