package org.tonewatch.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;
import org.tonewatch.testing.SharedSpark;

class ToneAggregatesTest {
  private static SparkSession spark;
  private static Dataset<Sentence> sentences;
  private static ToneAggregates.Sums sums;
  /** The articles of the sentences, and "c-copy": article c printed again by Outlet C. */
  private static Dataset<Article> articles;

  @BeforeAll
  static void fixture() {
    spark = SharedSpark.session();
    ToneAggregates.register(spark, ADJUSTMENT);
    List<Sentence> rows = new ArrayList<>();
    // 2011: article a has a sentence without tone; c is the only one naming Putin.
    add(rows, "a", 2011, "Outlet A", 1, 0.5, List.of());
    add(rows, "a", 2011, "Outlet A", 0, 0.0, List.of());
    add(rows, "a", 2011, "Outlet A", null, -0.5, List.of());
    add(rows, "b", 2011, "Outlet B", -1, -0.5, List.of());
    add(rows, "c", 2011, "Outlet B", 1, 0.25, List.of("vladimir-putin"));
    add(rows, "c", 2011, "Outlet B", 1, 0.25, List.of("vladimir-putin"));
    add(rows, "c", 2011, "Outlet B", 1, 0.25, List.of());
    // 2012: three articles of four tone sentences each (the interval worked out by hand below).
    int[][] tones = {{1, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}};
    for (int g = 0; g < tones.length; g++) {
      for (int tone : tones[g]) {
        add(rows, "d" + g, 2012, "Outlet A", tone, 0.0, List.of());
      }
    }
    // no year: counts for outlets, never for a year.
    add(rows, "e", null, "Outlet A", -1, -1.0, List.of("vladimir-putin"));
    sentences = spark.createDataset(rows, Sentence.ENCODER);
    List<Article> printed = new ArrayList<>();
    for (String[] a : new String[][] {{"a", "Outlet A", null}, {"b", "Outlet B", null}, {"c", "Outlet B", null},
        {"d0", "Outlet A", null}, {"d1", "Outlet A", null}, {"d2", "Outlet A", null}, {"e", "Outlet A", null},
        {"c-copy", "Outlet C", "c"}}) {
      Article article = new Article();
      article.setArticleId(a[0]);
      article.setOutlet(a[1]);
      article.setCopyOf(a[2]);
      printed.add(article);
    }
    articles = spark.createDataset(printed, Article.ENCODER);
    sums = ToneAggregates.sums(sentences, articles);
  }

  private static void add(List<Sentence> rows, String article, Integer year, String outlet, Integer tone, Double sentiment, List<String> leaders) {
    Sentence s = new Sentence();
    s.setArticleId(article);
    s.setSentenceIndex(rows.size());
    s.setYear(year);
    s.setOutlet(outlet);
    s.setOriginalOutlet(outlet);
    s.setTone(tone);
    s.setRussiaMentioned(tone != null);
    s.setSentimentScore(sentiment);
    s.setLeaders(leaders);
    // In office at publication: Cameron and Medvedev in 2011, Cameron and Putin in 2012.
    s.setEraLeaders(year == null ? List.of() : year == 2011 ? List.of("david-cameron", "dmitry-medvedev")
        : List.of("david-cameron", "vladimir-putin"));
    rows.add(s);
  }

  private static Row only(Dataset<Row> table, String key, Object value) {
    List<Row> rows = table.filter(table.col(key).equalTo(value)).collectAsList();
    assertEquals(1, rows.size(), key + "=" + value);
    return rows.get(0);
  }

  @Test
  void countsMeansAndSharesByYear() {
    Row row = only(ToneAggregates.byYear(sums), "year", 2011);

    assertEquals(7L, (long) row.getAs("sentences"));
    assertEquals(3L, (long) row.getAs("articles"));
    assertEquals(6L, (long) row.getAs("tone_sentences"));
    assertEquals(3L, (long) row.getAs("tone_articles"));
    assertEquals(0.5, row.<Double>getAs("mean_tone"), 1e-12);
    assertEquals(1 / 6.0, row.<Double>getAs("share_negative"), 1e-12);
    assertEquals(1 / 6.0, row.<Double>getAs("share_neutral"), 1e-12);
    assertEquals(4 / 6.0, row.<Double>getAs("share_positive"), 1e-12);
    assertEquals((0.5 + 0.0 - 0.5 + 0.75) / 6, row.<Double>getAs("mean_sentiment"), 1e-12);
    assertEquals((0.5 + 0.0 - 0.5 - 0.5 + 0.75) / 7, row.<Double>getAs("mean_sentiment_all"), 1e-12);
    // half-width 1.8631 (ClusteredMeanTest) reaches past both ends of the scale: clamped.
    assertEquals(-1.0, row.<Double>getAs("tone_ci_low"), 1e-12);
    assertEquals(1.0, row.<Double>getAs("tone_ci_high"), 1e-12);
  }

  /** The error rates of {@link AdjustedToneTest#RATES}, known from 100 labelled pairs of each class. */
  private static final AdjustedTone ADJUSTMENT =
      AdjustedTone.of(ErrorRates.of("test", AdjustedToneTest.devLike(AdjustedToneTest.RATES, 20, 5)));

  @Test
  void theAdjustedSharesMatchTheOnesWorkedOutByHand() {
    // 2012 counts 0 / 8 / 4 of 12. Solving (rates)^T s = (0, 2/3, 1/3) with s summing to 1:
    //   0   = 0.8 s- + 0.1 s0              ->  s- = -s0/8
    //   1/3 = 0.1 s0 + 0.75 s+             ->  s+ = 4/9 - 2 s0/15
    //   s0 (1 - 1/8 - 2/15) = 1 - 4/9      ->  s0 = 200/267, s+ = 92/267, s- = -25/267
    // s- is set to 0 and the rest divided by 292/267: s0 = 200/292, s+ = 92/292, mean 92/292.
    Row row = only(ToneAggregates.byYear(sums), "year", 2012);
    assertEquals(0.0, row.<Double>getAs("adj_share_negative"), 1e-12);
    assertEquals(200 / 292.0, row.<Double>getAs("adj_share_neutral"), 1e-12);
    assertEquals(92 / 292.0, row.<Double>getAs("adj_share_positive"), 1e-12);
    assertEquals(92 / 292.0, row.<Double>getAs("adj_mean_tone"), 1e-12);
    assertTrue(row.<Double>getAs("adj_ci_low") <= 92 / 292.0 && 92 / 292.0 <= row.<Double>getAs("adj_ci_high"), row.toString());
    assertEquals(row, only(ToneAggregates.byYear(sums), "year", 2012), "the bootstrap is seeded by the group");
    List<String> columns = List.of(ToneAggregates.byYear(sums).columns());
    assertEquals(List.of("adj_share_negative", "adj_share_neutral", "adj_share_positive", "adj_mean_tone", "adj_ci_low",
        "adj_ci_high"), columns.subList(columns.size() - 6, columns.size()));
  }

  @Test
  void withoutMeasuredErrorRatesTheAdjustedColumnsAreNull() {
    try {
      ToneAggregates.register(spark, null);
      Row row = only(ToneAggregates.byYear(sums), "year", 2012);
      assertNull(row.getAs("adj_mean_tone"));
      assertNull(row.getAs("adj_ci_low"));
      assertEquals(1 / 3.0, row.<Double>getAs("mean_tone"), 1e-12, "the raw columns stay");
    } finally {
      ToneAggregates.register(spark, ADJUSTMENT);
    }
  }

  @Test
  void aGroupPastTheLimitIsDrawnFromItsSumsAndOneWithinItArticleByArticle() {
    // With at most two articles drawn one by one, 2012 (three articles) is drawn from its sums, and 2011's groups of
    // the original outlets (one and two articles) are not.
    List<AdjustedTone.ArticleCounts> year2012 = List.of(new AdjustedTone.ArticleCounts("d0", 0, 2, 2),
        new AdjustedTone.ArticleCounts("d1", 0, 3, 1), new AdjustedTone.ArticleCounts("d2", 0, 3, 1));
    AdjustedTone.Moments moments = new AdjustedTone.Moments();
    year2012.forEach(moments::add);
    List<AdjustedTone.ArticleCounts> outletB = List.of(new AdjustedTone.ArticleCounts("b", 1, 0, 0),
        new AdjustedTone.ArticleCounts("c", 0, 0, 3));
    try {
      ToneAggregates.register(spark, ADJUSTMENT, 2);
      Row year = only(ToneAggregates.byYear(sums), "year", 2012);
      assertEquals(ADJUSTMENT.estimate(moments, "2012").ciLow(), year.<Double>getAs("adj_ci_low"), 1e-12);
      assertEquals(ADJUSTMENT.estimate(moments, "2012").ciHigh(), year.<Double>getAs("adj_ci_high"), 1e-12);
      assertNotEquals(ADJUSTMENT.estimate(year2012, "2012").ciLow(), year.<Double>getAs("adj_ci_low"), "drawn another way");
      Row outlet = only(ToneAggregates.byYearAndOutlet(sums).filter("view = 'original' AND year = 2011"), "outlet", "Outlet B");
      assertEquals(ADJUSTMENT.estimate(outletB, "2011|Outlet B").ciLow(), outlet.<Double>getAs("adj_ci_low"), 1e-12);
    } finally {
      ToneAggregates.register(spark, ADJUSTMENT);
    }
  }

  @Test
  void theIntervalMatchesTheOneWorkedOutByHand() {
    // 12 tones in 3 articles, mean 1/3. V_art = 1.5 * (0.6667^2 + 2 * 0.3333^2) / 144 = 0.006944;
    // V_sent = (4 - 12 / 9) / 11 / 12 = 0.020202 is larger; t(0.975, 2) = 4.302653; half-width 0.611552.
    Row row = only(ToneAggregates.byYear(sums), "year", 2012);

    assertEquals(-0.278219, row.<Double>getAs("tone_ci_low"), 1e-6);
    assertEquals(0.944886, row.<Double>getAs("tone_ci_high"), 1e-6);
  }

  @Test
  void articlesWithoutAYearStayOutOfTheYearTableOnly() {
    Dataset<Row> byYear = ToneAggregates.byYear(sums);
    assertEquals(List.of(2011, 2012), byYear.select("year").as(org.apache.spark.sql.Encoders.INT()).collectAsList());

    Row outlet = only(ToneAggregates.byOutlet(sums).filter("view = 'original'"), "outlet", "Outlet A");
    assertEquals(3 + 12 + 1L, (long) outlet.getAs("sentences"));
    assertEquals(5L, (long) outlet.getAs("articles"));
  }

  @Test
  void aSentenceCountsForEveryLeaderItNames() {
    StructType schema = new StructType().add("leader_id", DataTypes.StringType).add("leader_name", DataTypes.StringType)
        .add("country", DataTypes.StringType);
    Dataset<Row> leaders = spark.createDataFrame(List.of(RowFactory.create("vladimir-putin", "Vladimir Putin", "RU")), schema);
    Row putin = only(ToneAggregates.byLeader(sums, leaders).filter("view = 'actor'"), "leader_id", "vladimir-putin");

    assertEquals("Vladimir Putin", putin.getAs("leader_name"));
    assertEquals(3L, (long) putin.getAs("tone_sentences"));
    assertEquals(2L, (long) putin.getAs("tone_articles"));
    assertEquals(1 / 3.0, putin.<Double>getAs("mean_tone"), 1e-12);
  }

  @Test
  void theEraViewCountsEverySentenceForTheLeadersInOffice() {
    StructType schema = new StructType().add("leader_id", DataTypes.StringType).add("leader_name", DataTypes.StringType)
        .add("country", DataTypes.StringType);
    Dataset<Row> leaders = spark.createDataFrame(List.of(RowFactory.create("vladimir-putin", "Vladimir Putin", "RU"),
        RowFactory.create("david-cameron", "David Cameron", "GB")), schema);
    Dataset<Row> era = ToneAggregates.byLeader(sums, leaders).filter("view = 'era'");

    Row cameron = only(era, "leader_id", "david-cameron");
    // every dated tone sentence: 2011 sums to 3 over 6 sentences, 2012 to 4 over 12
    assertEquals(18L, (long) cameron.getAs("tone_sentences"));
    assertEquals(7 / 18.0, cameron.<Double>getAs("mean_tone"), 1e-12);
    Row putin = only(era, "leader_id", "vladimir-putin");
    assertEquals(12L, (long) putin.getAs("tone_sentences"));
    assertEquals(3L, (long) putin.getAs("articles"));
    assertEquals(2L, ToneAggregates.byLeader(sums, leaders).filter("leader_id = 'vladimir-putin'").count(), "one row per view");
  }

  @Test
  void aStoryCountsOnceByItsOriginalOutletAndOnceForEveryOutletThatPrintedIt() {
    Dataset<Row> byOutlet = ToneAggregates.byOutlet(sums);
    Row outletB = only(byOutlet.filter("view = 'original'"), "outlet", "Outlet B");
    assertEquals(4L, (long) outletB.getAs("sentences"), "b and c, each once");
    assertEquals(0L, byOutlet.filter("view = 'original' and outlet = 'Outlet C'").count(), "Outlet C wrote no story");

    Row printedByC = only(byOutlet.filter("view = 'publisher'"), "outlet", "Outlet C");
    assertEquals(3L, (long) printedByC.getAs("sentences"), "the sentences of c, which Outlet C printed");
    assertEquals(1.0, printedByC.<Double>getAs("mean_tone"), 1e-12);
    Row printedByB = only(byOutlet.filter("view = 'publisher'"), "outlet", "Outlet B");
    assertEquals(4L, (long) printedByB.getAs("sentences"));
    assertEquals(List.of("outlet", "view", "sentences"), List.of(byOutlet.columns()).subList(0, 3));
  }

  @Test
  void outletsRollUpByTheirGroupAndAnOutletWithoutOneIsUnrated() {
    // Outlet A and Outlet B are "left"; Outlet C has no group.
    Dataset<Row> groups = spark.createDataFrame(List.of(RowFactory.create("Outlet A", "left"), RowFactory.create("Outlet B", "left")),
        new StructType().add("outlet", DataTypes.StringType).add("outlet_group", DataTypes.StringType));
    Dataset<Row> byGroup = ToneAggregates.byOutletGroup(sums, groups);

    Row left = only(byGroup.filter("view = 'original'"), "outlet_group", "left");
    assertEquals(20L, (long) left.getAs("sentences"), "every sentence of A and B, each story once");
    assertEquals(7L, (long) left.getAs("articles"));
    // Tones of A and B: a (1, 0), b (-1), c (1, 1, 1), d0-d2 (1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1), e (-1).
    assertEquals((1 + 0 - 1 + 3 + 4 - 1) / 19.0, left.<Double>getAs("mean_tone"), 1e-12);
    Row unrated = only(byGroup.filter("view = 'publisher'"), "outlet_group", ToneAggregates.UNRATED);
    assertEquals(3L, (long) unrated.getAs("sentences"), "Outlet C printed c");
    assertEquals(0L, byGroup.filter("view = 'original' and outlet_group = 'unrated'").count());
    assertEquals(List.of("outlet_group", "view", "sentences"), List.of(byGroup.columns()).subList(0, 3));
  }

  @Test
  void aGroupWithOneArticleHasNoInterval() {
    Row row = only(ToneAggregates.byOutlet(ToneAggregates.sums(sentences.filter("articleId = 'b'"), articles)).filter("view = 'original'"), "outlet", "Outlet B");

    assertNull(row.getAs("tone_ci_low"));
    assertNull(row.getAs("tone_ci_high"));
    assertEquals(-1.0, row.<Double>getAs("mean_tone"), 1e-12);
  }

  /**
   * Sums of doubles depend on the order of their terms: (0.1 + 0.2) + 0.3 is not (0.3 + 0.2) + 0.1 in binary. The
   * tables must not, since an incremental night and a full run order an article's sentences differently.
   */
  @Test
  void theSameSentencesInAnotherOrderGiveTheSameNumbersToTheLastBit() {
    List<Sentence> rows = new ArrayList<>();
    double[] scores = {0.1, 0.2, 0.3};
    for (int i = 0; i < scores.length; i++) {
      add(rows, "f", 2013, "Outlet F", i % 2, scores[i], List.of());
    }
    List<Sentence> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    double forward = 0;
    double backward = 0;
    for (int i = 0; i < scores.length; i++) {
      forward += scores[i];
      backward += scores[scores.length - 1 - i];
    }
    org.junit.jupiter.api.Assertions.assertNotEquals(forward, backward, "the fixture's doubles sum differently by order");

    Row one = ToneAggregates.byYear(ToneAggregates.sums(spark.createDataset(rows, Sentence.ENCODER).coalesce(1), articles)).first();
    Row other = ToneAggregates.byYear(ToneAggregates.sums(spark.createDataset(reversed, Sentence.ENCODER).coalesce(1), articles)).first();
    assertEquals(one, other);
    assertEquals(java.math.BigDecimal.valueOf(0.2).doubleValue(), (double) one.getAs("mean_sentiment_all"), 1e-15);
  }
}
