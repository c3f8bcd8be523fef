package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.AnnotatePartition;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.PublicationDate;
import org.tonewatch.publish.Tables;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;

/**
 * The nightly pipeline on rows made in memory, with the fake NLP engine and no warehouse: what a first night
 * annotates and commits, what a second night over the first one's rows keeps, and the stages its observer is told of.
 */
class NightlyPipelineTest {
  private static final String STORY = "Russia and Britain signed a trade agreement in Moscow on Monday. The talks lasted "
      + "two days.\n\nOfficials said the deal was wonderful for both sides.";
  private static final String OTHER = "The Kremlin expelled two British diplomats on Friday. London called the move awful.";
  private static final String THIRD = "Moscow hosted the summit. Leaders met in the Kremlin for talks on energy.";

  private static SparkSession spark;
  private static NlpSettings nlp;

  @BeforeAll
  static void settings() {
    spark = SharedSpark.session();
    nlp = JobConf.from(null, Map.of("input", "in", "warehouse", "wh", "nlp.engine", FakeNlpEngine.class.getName())).nlp();
  }

  private static NightlyPipeline pipeline(String version) {
    ReferenceData reference = ReferenceData.bundled();
    AnnotatePartition annotate = new AnnotatePartition(nlp, LeaderGazetteer.from(reference), RussiaMentionFinder.load(reference),
        ToneModels.named(TrainedTone.NAME, null, reference), version);
    return new NightlyPipeline(ArticleCleaner.load(reference), Outlets.load(reference), annotate, version, 0.8, 2);
  }

  private static Article article(String id, String outlet, int year, String text) {
    Article article = new Article();
    article.setArticleId(id);
    article.setSource(id + ".txt");
    article.setFormat("txt");
    article.setOutlet(outlet);
    article.setTitle("A headline");
    article.setText(text);
    article.setPublished(year + "-03-01");
    article.setDatePrecision("day");
    article.setDateSource(PublicationDate.MANIFEST);
    article.setYear(year);
    article.setDateStatus("ok");
    article.setStatus("ingested");
    return article;
  }

  /** Records the stages in the order the pipeline ends them. */
  private static final class Stages implements NightlyPipeline.Observer {
    final List<String> ended = new ArrayList<>();
    long annotating = -1;

    @Override
    public void stageEnded(String stage, long items, String unit, String what) {
      ended.add(stage);
    }

    @Override
    public Progress.Running annotating(long total, LongSupplier done) {
      annotating = total;
      return () -> ended.add("annotating " + done.getAsLong() + " of " + total);
    }
  }

  private static Set<String> ids(Dataset<Row> rows) {
    return rows.select("article_id").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The night's rows as the next night reads them back from the tables. */
  private static Published published(NightlyPipeline.Night night) {
    Dataset<Row> articles = spark.createDataFrame(night.articles().changed().collectAsList(), night.articles().changed().schema());
    Dataset<Row> sentences = spark.createDataFrame(night.sentences().changed().collectAsList(), night.sentences().changed().schema());
    return new Published(articles, Tables.articleBeans(articles).withColumn("previouslyPublished", lit(true)).as(Article.ENCODER),
        Tables.sentenceBeans(sentences), night.rejects(), night.copyIndex().changed());
  }

  /** A first night of two articles under version v1, into an empty warehouse. */
  private static NightlyPipeline.Night firstNight() {
    List<Article> first = List.of(article("a-story", "Outlet A", 2018, STORY), article("d-other", "Outlet D", 2019, OTHER));
    return pipeline("v1").run(spark, spark.createDataset(first, Article.ENCODER), null, new Stages());
  }

  private static Map<String, List<String>> sentencesById(Dataset<Row> sentences) {
    Map<String, List<String>> byId = new TreeMap<>();
    for (Row row : sentences.orderBy("article_id", "sentence_index").select("article_id", "text").collectAsList()) {
      byId.computeIfAbsent(row.getString(0), id -> new ArrayList<>()).add(row.getString(1));
    }
    return byId;
  }

  @Test
  void aFirstNightAnnotatesEveryArticleOnceAndACopyNotAtAll() {
    Article reprint = article("b-reprint", "Outlet B", 2018, STORY);
    Article empty = article("c-empty", "Outlet C", 2018, "");
    empty.reject("ingest", "empty_file", "the file is empty");
    List<Article> input = List.of(article("a-story", "Outlet A", 2018, STORY), reprint, article("d-other", "Outlet D", 2019, OTHER), empty);
    Stages stages = new Stages();

    NightlyPipeline.Night night = pipeline("v1").run(spark, spark.createDataset(input, Article.ENCODER), null, stages);

    assertEquals(List.of("copies", "annotating 2 of 2", "annotate"), stages.ended);
    assertEquals(Set.of("a-story", "b-reprint", "d-other"), ids(night.articles().changed()));
    assertEquals(Set.of("a-story", "b-reprint", "d-other"), ids(night.changed()));
    Map<String, String> status = night.articles().changed().select("article_id", "status").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals(Map.of("a-story", "annotated", "b-reprint", "copy", "d-other", "annotated"), status);
    assertEquals(Map.of("a-story", List.of("Russia and Britain signed a trade agreement in Moscow on Monday.",
        "The talks lasted two days.", "Officials said the deal was wonderful for both sides."),
        "d-other", List.of("The Kremlin expelled two British diplomats on Friday.", "London called the move awful.")),
        sentencesById(night.sentences().changed()));
    assertEquals(List.of("c-empty.txt empty_file"), night.rejects().select("source", "code").collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(1)).toList());
    assertEquals(2, night.counts().annotatedNow());
    assertEquals(0, night.counts().reused());
    assertEquals(4, night.counts().inputsSeen());
    night.release();
  }

  @Test
  void aSecondNightAnnotatesOnlyItsNewArticleAndKeepsThePublishedSentences() {
    NightlyPipeline.Night one = firstNight();
    Published previous = published(one);
    Map<String, List<String>> publishedSentences = sentencesById(one.sentences().changed());
    one.release();
    Stages stages = new Stages();

    NightlyPipeline.Night two = pipeline("v1").run(spark,
        spark.createDataset(List.of(article("e-third", "Outlet E", 2020, THIRD)), Article.ENCODER), previous, stages);

    assertEquals(1, stages.annotating, "only the new article is annotated");
    assertEquals(Set.of("e-third"), ids(two.changed()));
    assertEquals(Set.of("e-third"), ids(two.articles().changed()), "the night's article rows are its new article's only");
    assertEquals(Set.of("a-story", "d-other"), ids(two.articles().unchanged()));
    assertEquals(Set.of("e-third"), ids(two.resentenced()));
    Map<String, List<String>> fresh = sentencesById(two.sentences().changed());
    assertEquals(Map.of("e-third", List.of("Moscow hosted the summit.", "Leaders met in the Kremlin for talks on energy.")), fresh,
        "the night's sentence rows are its new article's only");
    assertEquals(Set.of("e-third"), ids(two.articleTone().changed()));
    assertEquals(publishedSentences, sentencesById(two.sentences().unchanged()), "the kept articles' published sentences");
    assertEquals(1, two.counts().annotatedNow());
    assertEquals(2, two.counts().reused());
    assertEquals(0, two.rejects().count());
    two.release();
  }

  @Test
  void aReprintOfAPublishedStoryRewritesTheStorysRowWithItsTextButNotItsSentences() {
    NightlyPipeline.Night one = firstNight();
    Published previous = published(one);
    String text = previous.articleRows().filter(col("article_id").equalTo("a-story")).select("text").first().getString(0);
    one.release();

    NightlyPipeline.Night two = pipeline("v1").run(spark,
        spark.createDataset(List.of(article("b-reprint", "Outlet B", 2018, STORY)), Article.ENCODER), previous, new Stages());

    assertEquals(Set.of("a-story", "b-reprint"), ids(two.changed()));
    assertEquals(Set.of("b-reprint"), ids(two.resentenced()), "the story's sentences stay as published");
    Map<String, Row> rows = two.articles().changed().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("article_id"), r -> r));
    assertEquals(Set.of("a-story", "b-reprint"), rows.keySet());
    assertEquals(2, rows.get("a-story").<Integer>getAs("cluster_size"));
    assertEquals("a-story", rows.get("b-reprint").getAs("copy_of"));
    assertEquals(text, rows.get("a-story").getAs("text"), "the kept story's text, read back for its new row");
    assertEquals(Set.of("d-other"), ids(two.articles().unchanged()));
    two.release();
  }

  @Test
  void aPublishedArticleTooShortForTheCopyIndexIsCleanedAgainFromItsTextAndKeepsItsSentences() {
    Article short_ = article("s-short", "Outlet S", 2019, "Russia protested.");
    NightlyPipeline.Night one = pipeline("v1").run(spark, spark.createDataset(List.of(short_), Article.ENCODER), null, new Stages());
    assertEquals(Set.of(), ids(one.copyIndex().changed().withColumnRenamed("articleId", "article_id")), "no shingle to index");
    Published previous = published(one);
    Map<String, List<String>> publishedSentences = sentencesById(one.sentences().changed());
    one.release();

    NightlyPipeline.Night two = pipeline("v1").run(spark,
        spark.createDataset(List.of(article("e-third", "Outlet E", 2020, THIRD)), Article.ENCODER), previous, new Stages());

    assertEquals(0, two.rejects().count(), "not rejected for want of its text");
    Row row = two.articles().changed().filter(col("article_id").equalTo("s-short")).first();
    assertEquals(previous.articleRows().filter(col("article_id").equalTo("s-short")).first().<String>getAs("text"), row.<String>getAs("text"));
    assertEquals(Set.of("e-third"), ids(two.resentenced()), "its sentences stay as published");
    assertEquals(publishedSentences, sentencesById(two.sentences().unchanged()));
    two.release();
  }

  @Test
  void anotherAnnotationVersionAnnotatesThePublishedArticlesAgain() {
    NightlyPipeline.Night one = firstNight();
    Published previous = published(one);
    one.release();
    Stages stages = new Stages();

    NightlyPipeline.Night two = pipeline("v2").run(spark, spark.createDataset(List.<Article>of(), Article.ENCODER), previous, stages);

    assertEquals(2, stages.annotating);
    assertEquals(Set.of("a-story", "d-other"), ids(two.changed()));
    assertEquals(Set.of("v2"), two.articles().changed().select("annotation_version").collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toSet()));
    assertEquals(0, two.counts().reused());
    assertNull(two.articles().changed().filter(col("status").notEqual("annotated")).collectAsList().stream().findFirst().orElse(null));
    two.release();
  }
}
