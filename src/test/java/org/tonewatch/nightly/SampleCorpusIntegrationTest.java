package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.nlp.NlpEngine;
import org.tonewatch.annotate.nlp.NlpEngines;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.SampleWarehouse;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;
import org.tonewatch.tonemodel.ExampleParser;
import org.tonewatch.tonemodel.TargetedSentence;
import org.tonewatch.tonemodel.ToneEvaluation;
import org.tonewatch.tools.LeadersCheck;

/**
 * The real pipeline (CoreNLP's models, a Spark session, Parquet) on the five sample articles of {@code data/articles},
 * checked against facts about the texts, against leaders labelled by hand ({@code data/checks/leaders.csv}) and against
 * the tone model as {@code jobs/evaluate-tone.sh} runs it on the UK–Russia check set.
 */
class SampleCorpusIntegrationTest {
  static final Path CHECK_SET = Path.of(System.getProperty("tonewatch.project.dir", "."), "data", "checks", "uk-russia-tone.jsonl");
  static final Path LEADER_LABELS = Path.of(System.getProperty("tonewatch.project.dir", "."), "data", "checks", "leaders.csv");
  private static SparkSession spark;
  private static String warehouse;
  private static RunSummary summary;

  @BeforeAll
  static void runTheJobOnTheSamples() {
    spark = SharedSpark.session();
    SampleWarehouse.Run run = SampleWarehouse.get();
    warehouse = run.warehouse().toString();
    summary = run.summary();
  }

  private static Dataset<Row> table(String name) {
    return WarehouseTables.read(warehouse, name);
  }

  private static Row article(String file) {
    return table("articles").filter(col("source").equalTo(file)).first();
  }

  @Test
  void everyArticleIsAnnotatedAndNothingRejected() {
    assertEquals(5, summary.articles());
    assertEquals(0, summary.rejected());
    assertEquals(0L, table("rejects").count());
    assertEquals(summary.sentences(), table("sentences").count());
    Map<String, Integer> counted = Map.of(
        "000_72dc8b9457b9b5b4.txt", 15, "001_ba9aae68d1c924a6.txt", 27, "002_8d4d9bf14b3301f3.txt", 27,
        "003_fb2b83773285abeb.txt", 49, "004_a1fe7333d55f6bad.txt", 11);
    for (Map.Entry<String, Integer> e : counted.entrySet()) {
      Row row = article(e.getKey());
      assertEquals(e.getValue(), row.<Integer>getAs("sentences"), e.getKey());
      long rows = table("sentences").filter(col("article_id").equalTo(row.<String>getAs("article_id"))).count();
      assertEquals((long) e.getValue(), rows, e.getKey());
    }
  }

  @Test
  void headlinesBecomeTitlesAndTheManifestGivesTheRest() {
    assertEquals("To Russia with love: hopes David Cameron visit will signal new dawn", article("000_72dc8b9457b9b5b4.txt").getAs("title"));
    assertEquals("Putin approach to May preceded 'reopening of diplomatic channels'", article("001_ba9aae68d1c924a6.txt").getAs("title"));
    assertNull(article("002_8d4d9bf14b3301f3.txt").getAs("title"), "002 starts with a full sentence");
    assertEquals("UK GOVERNMENT IN SECRET MOVE TO BOOST RELATIONS WITH RUSSIA", article("003_fb2b83773285abeb.txt").getAs("title"));
    assertEquals("Theresa May and Vladimir Putin discuss security cooperation", article("004_a1fe7333d55f6bad.txt").getAs("title"));

    Row copy = article("003_fb2b83773285abeb.txt");
    assertEquals("unknown republisher", copy.getAs("outlet"));
    assertEquals("The Independent", copy.getAs("original_outlet"));
    assertEquals(List.of("06.04.2017", "Independent (06 April 2017)", "Kaynak/Source:"), copy.getList(copy.fieldIndex("datelines")));
    assertEquals("manifest", copy.getAs("original_outlet_source"));
    assertEquals("month", article("000_72dc8b9457b9b5b4.txt").getAs("date_precision"));
    assertEquals(5L, table("articles").filter("date_source = 'manifest'").count(), "the manifest's dates come first");
    assertEquals(2011, (int) article("000_72dc8b9457b9b5b4.txt").getAs("year"));
  }

  @Test
  void noChromeTitleOrBarePunctuationBecomesASentence() {
    List<String> texts = table("sentences").select("text").as(Encoders.STRING()).collectAsList();
    for (String chrome : List.of("Click to follow", "Indy Politics", "Leave a Reply", "Your email address",
        "Required fields", "Kaynak", "Updated:", "18:23", "Military Army Blog", "06.04.2017", "06 April 2017",
        "To Russia with love", "discuss security cooperation", "SECRET MOVE")) {
      assertFalse(texts.stream().anyMatch(t -> t.contains(chrome)), chrome);
    }
    assertTrue(texts.stream().allMatch(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)));
    assertTrue(texts.stream().noneMatch(t -> t.endsWith(". \"")), "no dangling opening quote");
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    Row article = article("002_8d4d9bf14b3301f3.txt");
    String text = article.getAs("text");
    for (Row s : table("sentences").filter(col("article_id").equalTo(article.<String>getAs("article_id"))).collectAsList()) {
      String slice = text.substring(s.<Integer>getAs("char_begin"), s.<Integer>getAs("char_end")).replaceAll("\\s+", " ");
      assertEquals(s.<String>getAs("text"), slice);
      for (Row m : s.<Row>getList(s.fieldIndex("mentions"))) {
        assertEquals(m.<String>getAs("text"), text.substring(m.<Integer>getAs("begin"), m.<Integer>getAs("end")));
      }
    }
  }

  /** The targets of the leaders check: precision at least 0.95 and recall at least 0.90 on the hand labels. */
  @Test
  void leadersMeetTheirTargetsOnTheHandLabels() {
    List<LeadersCheck.Label> labels = LeadersCheck.read(LEADER_LABELS);
    LeadersCheck.Scores scores = LeadersCheck.score(spark, Path.of(warehouse), labels);
    assertEquals(List.of(), scores.unmatched(), "every labelled sentence is in the table");
    assertEquals(129, labels.size());
    assertTrue(scores.precision() >= 0.95, "precision " + scores.precision() + ": " + scores.errors());
    assertTrue(scores.recall() >= 0.90, "recall " + scores.recall() + ": " + scores.errors());
  }

  @Test
  void titlesResolveByTheOfficeHolderOfTheDay() {
    String may2016 = article("004_a1fe7333d55f6bad.txt").getAs("article_id");
    Row primeMinister = table("sentences").filter(col("article_id").equalTo(may2016).and(col("text").startsWith("The Prime Minister noted"))).first();
    assertEquals(List.of("theresa-may"), primeMinister.getList(primeMinister.fieldIndex("leaders")));
    String cameron2011 = article("002_8d4d9bf14b3301f3.txt").getAs("article_id");
    Row arrived = table("sentences").filter(col("article_id").equalTo(cameron2011).and(col("text").startsWith("The Prime Minister, who arrived"))).first();
    assertEquals(List.of("david-cameron"), arrived.getList(arrived.fieldIndex("leaders")));
  }

  /**
   * The job's tone for each sentence of the UK–Russia check set is the tone {@code jobs/evaluate-tone.sh} gives the
   * same sentence with the same mentions: the check set's figures are the pipeline's figures.
   */
  @Test
  void theJobsToneIsTheEvaluatedModelsToneOnTheCheckSet() {
    JobConf conf = JobConf.from(null, Map.of("input", "unused", "warehouse", "unused"));
    ToneModel model = ToneModels.named(conf.toneModel(), conf.toneModelPath(), ReferenceData.bundled());
    NlpEngine engine = NlpEngines.shared(conf.nlp());
    List<TargetedSentence> checks = TargetedSentence.read(CHECK_SET);
    int withTone = 0;
    for (TargetedSentence check : checks) {
      String file = check.id().substring(0, check.id().indexOf('#'));
      String id = article(file).getAs("article_id");
      String text = check.sentence().replaceAll("\\s+", " ");
      Row sentence = table("sentences").filter(col("article_id").equalTo(id).and(col("text").equalTo(text))).first();
      List<Row> mentions = sentence.getList(sentence.fieldIndex("mentions"));
      if (mentions.isEmpty()) {
        // Russia only as a place or a private nationality here ("travelled to Russia", "Russian citizens"): no tone.
        assertFalse(sentence.<Boolean>getAs("russia_mentioned"), check.id());
        assertNull(sentence.getAs("tone"), check.id());
        continue;
      }
      withTone++;
      assertEquals(EncoderTone.NAME, sentence.getAs("tone_model"));
      // The evaluation's path (evaluate-tone.sh) on the mentions the job found must give the job's tone.
      int begin = sentence.getAs("char_begin");
      List<TargetedSentence.Target> targets = mentions.stream()
          .map(m -> new TargetedSentence.Target(m.getAs("text"), m.<Integer>getAs("begin") - begin, m.<Integer>getAs("end") - begin))
          .toList();
      for (TargetedSentence.Target target : targets) {
        assertEquals(target.mention(), check.sentence().substring(target.from(), target.to()), check.id());
      }
      TargetedSentence asFound = new TargetedSentence(check.id(), check.sentence(), targets, check.polarity());
      Integer expected = ToneEvaluation.predict(model, ExampleParser.parse(engine, asFound));
      assertEquals(expected, sentence.<Integer>getAs("tone"), check.id());
    }
    assertEquals(56, checks.size());
    assertTrue(withTone >= 50, "the job finds Russia as an actor in most check sentences: " + withTone);
  }

  @Test
  void aggregatesCoverEveryYearAndEveryNamedLeader() {
    assertEquals(List.of(2011, 2016, 2017, 2019), table("tone_by_year").select("year").as(Encoders.INT()).collectAsList());
    Row y2011 = table("tone_by_year").filter("year = 2011").first();
    assertEquals(2L, (long) y2011.getAs("articles"));
    long russiaSentences2011 = table("sentences").filter("year = 2011 and tone is not null").count();
    assertEquals(russiaSentences2011, (long) y2011.getAs("tone_sentences"));
    assertEquals(2L, table("tone_by_leader").filter("leader_id = 'vladimir-putin'").count(), "an actor row and an era row");
    assertEquals(5L, table("tone_by_outlet").filter("view = 'publisher'").count());
    assertEquals(4L, table("tone_by_outlet").filter("view = 'original'").count(), "003 is The Independent's story");
    assertEquals(0L, table("articles").filter("copy_of is not null").count(), "the five stories are distinct");
    assertEquals(List.of("david-cameron", "dmitry-medvedev", "theresa-may", "vladimir-putin"),
        table("tone_by_leader").filter("view = 'era'").select("leader_id").as(Encoders.STRING()).collectAsList());
    Row medvedevEra = table("tone_by_leader").filter("view = 'era' and leader_id = 'dmitry-medvedev'").first();
    long tone2011 = table("sentences").filter("year = 2011 and tone is not null").count();
    assertEquals(tone2011, (long) medvedevEra.getAs("tone_sentences"), "in office for both 2011 articles");
  }
}
