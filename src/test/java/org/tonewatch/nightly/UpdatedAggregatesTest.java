package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tonewatch.aggregate.AdjustedTone;
import org.tonewatch.aggregate.ToneAggregates;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.ingest.Article;
import org.tonewatch.publish.Tables;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.SharedSpark;

/** A night's aggregates computed again for the groups its articles touch equal those computed over every article. */
class UpdatedAggregatesTest {
  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private static final List<Leader> LEADERS = Leaders.load(REFERENCE);
  private static final Outlets OUTLETS = Outlets.load(REFERENCE);

  private final SparkSession spark = SharedSpark.session();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();

  @Test
  void theGroupsANightTouchesAreComputedAgainAndTheOthersKept() {
    ToneAggregates.register(spark, AdjustedTone.forModel(ToneModels.named(EncoderTone.NAME, null, REFERENCE)));
    // The last night: five stories in three years, one printed again by a second outlet.
    story("a", 2011, "CNN", List.of("vladimir-putin"), -1, -1, 0);
    story("b", 2012, "Fox News", List.of(), 0, 1, 1);
    story("c", 2012, "Fox News", List.of("theresa-may"), -1, 0);
    copy("c-copy", "c", "Reuters");
    story("d", 2013, "CNN", List.of("vladimir-putin", "theresa-may"), 1, 1, -1);
    story("e", 2014, "BBC News", List.of(), 0, 0);
    Dataset<Sentence> lastSentences = sentenceRows();
    Dataset<Article> lastArticles = articleRows();

    // Tonight: a annotated again (other tones and leaders), b gone, a new story in 2012, a new outlet printing d.
    sentences.removeIf(s -> s.getArticleId().equals("a") || s.getArticleId().equals("b"));
    articles.removeIf(a -> a.getArticleId().equals("a") || a.getArticleId().equals("b"));
    story("a", 2011, "CNN", List.of("david-cameron"), 1, 0, 0, 0);
    story("n", 2012, "The Guardian", List.of("vladimir-putin"), -1, -1);
    copy("d-copy", "d", "The Telegraph");
    Dataset<Sentence> nowSentences = sentenceRows();
    Dataset<Article> nowArticles = articleRows();
    Set<String> changed = Set.of("a", "b", "n", "d-copy");
    Set<String> affected = NightlyPipeline.affected(changed, lastArticles, nowArticles);
    assertEquals(Set.of("a", "b", "n", "d-copy", "d"), affected, "d: the story d-copy prints");

    Map<String, Dataset<Row>> last = new LinkedHashMap<>();
    ToneAggregates.Sums lastSums = ToneAggregates.sums(lastSentences, lastArticles);
    NightlyPipeline.aggregates(spark, lastSums, LEADERS, OUTLETS)
        .forEach((table, rows) -> last.put(table, spark.createDataFrame(rows.collectAsList(), rows.schema())));
    ToneAggregates.Sums all = ToneAggregates.sums(nowSentences, nowArticles);
    Map<String, NightlyPipeline.Updated> updated = NightlyPipeline.updatedAggregates(spark, last,
        changedSums(lastSentences, lastArticles, nowSentences, nowArticles, affected), all, LEADERS, OUTLETS);
    Map<String, Dataset<Row>> full = NightlyPipeline.aggregates(spark, all, LEADERS, OUTLETS);

    for (String table : Tables.AGGREGATES) {
      Dataset<Row> expected = full.get(table);
      Dataset<Row> actual = updated.get(table).rows().select(Arrays.stream(expected.columns()).map(c -> col(c)).toArray(Column[]::new));
      assertEquals(new HashSet<>(expected.collectAsList()), new HashSet<>(actual.collectAsList()), table);
      assertEquals(expected.count(), actual.count(), table + ": one row per group");
    }
    // What the night computed again: 2011, 2012 (b gone, n new) and 2013 (d-copy prints d) by year; not 2014.
    assertEquals(3, updated.get(Tables.TONE_BY_YEAR).groupsComputed(), "changed: " + changed);
    assertTrue(updated.get(Tables.TONE_BY_OUTLET).groupsComputed() < full.get(Tables.TONE_BY_OUTLET).count(),
        "BBC News's groups are kept as they were");
    assertEquals(last.get(Tables.TONE_BY_YEAR).filter("year = 2014").collectAsList(),
        updated.get(Tables.TONE_BY_YEAR).rows().filter("year = 2014").collectAsList());
  }

  /** The old and the new per-article sums of {@code affected}, together, as the job reads them from its tables. */
  private static ToneAggregates.Sums changedSums(Dataset<Sentence> lastSentences, Dataset<Article> lastArticles,
      Dataset<Sentence> nowSentences, Dataset<Article> nowArticles, Set<String> affected) {
    Column named = col("article_id").isInCollection(affected);
    return ToneAggregates.sums(
        ToneAggregates.articleTone(lastSentences).filter(named).unionByName(ToneAggregates.articleTone(nowSentences).filter(named)),
        ToneAggregates.articleLeaderTone(lastSentences).filter(named)
            .unionByName(ToneAggregates.articleLeaderTone(nowSentences).filter(named)),
        lastArticles.unionByName(nowArticles).filter(coalesce(col("copyOf"), col("articleId")).isInCollection(affected))
            .as(Article.ENCODER));
  }

  /** A story with one sentence per tone (null: a sentence without one), each naming {@code leaders}. */
  private void story(String id, int year, String outlet, List<String> leaders, Integer... tones) {
    for (Integer tone : tones) {
      Sentence s = new Sentence();
      s.setArticleId(id);
      s.setSentenceIndex(sentences.size());
      s.setYear(year);
      s.setOutlet(outlet);
      s.setOriginalOutlet(outlet);
      s.setTone(tone);
      s.setRussiaMentioned(tone != null);
      s.setSentimentScore(tone == null ? 0.0 : 0.25 * tone);
      s.setLeaders(leaders);
      s.setEraLeaders(year < 2016 ? List.of("david-cameron", "vladimir-putin") : List.of("theresa-may", "vladimir-putin"));
      sentences.add(s);
    }
    articles.add(article(id, outlet, null));
  }

  private void copy(String id, String of, String outlet) {
    articles.add(article(id, outlet, of));
  }

  private static Article article(String id, String outlet, String copyOf) {
    Article article = new Article();
    article.setArticleId(id);
    article.setOutlet(outlet);
    article.setCopyOf(copyOf);
    return article;
  }

  private Dataset<Sentence> sentenceRows() {
    return spark.createDataset(List.copyOf(sentences), Sentence.ENCODER);
  }

  private Dataset<Article> articleRows() {
    return spark.createDataset(List.copyOf(articles), Article.ENCODER);
  }
}
