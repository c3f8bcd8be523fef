package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * The whole job on a folder of bad inputs, with the fake NLP engine: every input is either an article or a reject
 * with its reason, and the run completes.
 */
class BadInputJobTest {
  @TempDir static Path dir;
  private static SparkSession spark;
  private static RunSummary summary;
  private static String warehouse;

  private static final String GOOD = "Britain and Russia talk again\n\n"
      + "Russia and Britain agreed a wonderful deal. \" . Vladimir Putin praised it.\n\n"
      + "Russia " + "and more words ".repeat(40) + "at length.\n";

  @BeforeAll
  static void runTheJobOnBadInput() throws Exception {
    spark = SharedSpark.session();
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a_good.txt"), GOOD);
    Files.writeString(input.resolve("b_copy.txt"), GOOD);
    Files.writeString(input.resolve("c_reprint.txt"), GOOD);
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Files.write(input.resolve("latin1.txt"), "Caf\u00e9 talk in Moscow.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(input.resolve("baddate.txt"), "The Kremlin denied an awful report.");
    Files.writeString(input.resolve("huge.txt"), "Russia talks. ".repeat(1_000_000 / 14 + 1));
    Files.writeString(input.resolve("notes.docx"), "not an article format");
    Files.writeString(input.resolve("article.json"), "{\"title\": \"Kremlin talks\", \"maintext\": \"Moscow agreed to talks.\", "
        + "\"date_publish\": \"2018-03-14 10:00:00\", \"source_domain\": \"example.co.uk\", \"url\": \"https://example.co.uk/a\", \"language\": \"en\"}");
    Files.writeString(input.resolve("german.json"), "{\"title\": \"Gespr\u00e4che\", \"maintext\": \"Russland redet.\", \"language\": \"de\"}");
    Files.writeString(input.resolve("lines.jsonl"), "{\"maintext\": \"Russia spoke first.\", \"date_publish\": \"2019-01-02\"}\n"
        + "{\"maintext\": \"broken\n"
        + "{\"maintext\": \"Russia spoke last.\", \"date_publish\": null}\n");
    Files.writeString(input.resolve("manifest.csv"), "file,outlet,original_outlet,url,published,date_precision,date_evidence\n"
        + "a_good.txt,Outlet A,Outlet A,,2011-09-13,day,\n"
        + "b_copy.txt,Outlet A,Outlet A,,2011-09-13,day,\n"
        + "c_reprint.txt,Outlet D,Outlet A,,2011-09-14,day,\n"
        + "baddate.txt,Outlet B,Outlet B,,next Tuesday,day,\n"
        + "missing.txt,Outlet C,Outlet C,,2012-01-01,day,\n");

    warehouse = dir.resolve("warehouse").toString();
    JobConf conf = JobConf.from(null, Map.of("input", input.toString(), "warehouse", warehouse,
        "nlp.engine", FakeNlpEngine.class.getName(), "nlp.parse-maxlen", "50"));
    summary = NightlyJob.run(spark, conf);
  }

  private static Dataset<Row> table(String name) {
    return WarehouseTables.read(warehouse, name);
  }

  @Test
  void everyBadInputIsRejectedWithItsReason() {
    Map<String, String> codes = new TreeMap<>();
    for (Row row : table("rejects").collectAsList()) {
      codes.put(row.getAs("source"), row.getAs("code"));
    }
    Map<String, String> expected = new TreeMap<>(Map.of(
        "b_copy.txt", "duplicate", "empty.txt", "empty_file", "binary.txt", "binary_file", "latin1.txt", "not_utf8",
        "missing.txt", "missing_file", "huge.txt", "too_long", "notes.docx", "unsupported_type",
        "german.json", "not_english", "lines.jsonl:2", "bad_json"));
    assertEquals(expected, codes);
    Row copy = table("rejects").filter("source = 'b_copy.txt'").first();
    assertEquals("same text as a_good.txt", copy.getAs("reason"));
  }

  @Test
  void everythingElseIsAnnotatedAndTheSummaryCountsIt() {
    List<String> sources = table("articles").select("source").orderBy("source").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of("a_good.txt", "article.json", "baddate.txt", "c_reprint.txt", "lines.jsonl:1", "lines.jsonl:3"), sources);
    assertEquals(15, summary.inputsSeen());
    assertEquals(6, summary.newArticles(), "a first run: every article is new");
    assertEquals(6, summary.articles());
    assertEquals(9, summary.rejected());
    assertEquals(1, summary.copies());
    assertEquals(Map.of("manifest", 4L, "invalid", 1L, "missing", 1L), summary.articlesByDate());
    assertTrue(summary.line().contains("rejected=9 {bad_json=1, binary_file=1, duplicate=1, empty_file=1, missing_file=1, "
        + "not_english=1, not_utf8=1, too_long=1, unsupported_type=1}"), summary.line());
  }

  @Test
  void theSameTextFromAnotherOutletIsACopyAnnotatedOnceAndCountedForBothPublishers() {
    Row good = table("articles").filter("source = 'a_good.txt'").first();
    Row reprint = table("articles").filter("source = 'c_reprint.txt'").first();
    assertEquals("copy", reprint.getAs("status"));
    assertEquals(good.<String>getAs("article_id"), reprint.getAs("copy_of"));
    assertEquals(good.<String>getAs("article_id"), reprint.getAs("cluster_id"));
    assertEquals(2, (int) reprint.getAs("cluster_size"));
    assertEquals(0L, table("sentences").filter("article_id = '" + reprint.getAs("article_id") + "'").count(), "not annotated");
    assertEquals(3L, table("sentences").filter("article_id = '" + good.getAs("article_id") + "'").count());

    Dataset<Row> byOutlet = table("tone_by_outlet");
    assertEquals(3L, (long) byOutlet.filter("view = 'publisher' and outlet = 'Outlet D'").first().getAs("sentences"));
    assertEquals(3L, (long) byOutlet.filter("view = 'publisher' and outlet = 'Outlet A'").first().getAs("sentences"));
    assertEquals(0L, byOutlet.filter("view = 'original' and outlet = 'Outlet D'").count());
    assertEquals(1L, (long) table("tone_by_year").filter("year = 2011").first().getAs("articles"), "the story once");
  }

  @Test
  void theRunIsRecordedWithItsCounts() {
    Row run = table("runs").first();
    assertEquals(summary.inputsSeen(), (long) run.getAs("inputs_seen"));
    assertEquals(summary.newArticles(), (long) run.getAs("new_articles"));
    assertEquals(summary.rejected(), (long) run.getAs("rejected"));
    assertEquals(summary.sentences(), (long) run.getAs("sentences"));
    assertEquals(summary.sentencesAnnotated(), (long) run.getAs("sentences_annotated"));
    assertTrue(run.<String>getAs("settings").contains("nlp.parse-maxlen=50"));
    assertEquals("4.5.10", run.getAs("corenlp_version"));
    assertTrue(run.<String>getAs("models").contains("englishSR") && run.<String>getAs("models").contains("tone model encoder:"),
        run.<String>getAs("models"));
    assertTrue(run.<String>getAs("annotation_version").matches("[0-9a-f]{12}"), run.<String>getAs("annotation_version"));
    assertEquals(table("articles").select("annotation_version").distinct().first().getString(0), run.getAs("annotation_version"));

    List<Row> stages = run.getList(run.fieldIndex("stages"));
    assertEquals(List.of("ingest", "copies", "annotate", "publish", "aggregate", "record"),
        stages.stream().map(s -> s.<String>getAs("stage")).toList(), "every stage, the record's included");
    Row annotate = stages.get(2);
    assertEquals(summary.sentencesAnnotated(), (long) annotate.getAs("items"));
    assertEquals("sentences", annotate.getAs("unit"));
    assertEquals((long) annotate.getAs("items") / (double) annotate.getAs("seconds"), (double) annotate.getAs("per_second"), 1e-6);
    double staged = stages.stream().mapToDouble(s -> s.<Double>getAs("seconds")).sum();
    assertTrue(staged <= (double) run.getAs("seconds") + 1e-6, "the stages fit in the run's seconds");
  }

  @Test
  void theYearSplitTablesAddUpToTheYearTable() {
    Dataset<Row> byYearOutlet = table("tone_by_year_outlet").filter("view = 'original'");
    for (Row year : table("tone_by_year").collectAsList()) {
      long split = byYearOutlet.filter("year = " + year.getAs("year")).agg(org.apache.spark.sql.functions.sum("tone_sentences"))
          .first().getLong(0);
      assertEquals((long) year.<Long>getAs("tone_sentences"), split, "year " + year.getAs("year"));
    }
  }

  @Test
  void aBadDateKeepsTheArticleButGivesItNoYear() {
    Row article = table("articles").filter("source = 'baddate.txt'").first();

    assertEquals("invalid", article.getAs("date_status"));
    assertEquals("next Tuesday", article.getAs("published_raw"));
    assertNull(article.getAs("year"));
    assertEquals(1L, table("sentences").filter("article_id = '" + article.getAs("article_id") + "'").count());
  }

  @Test
  void aSentenceTooLongToParseKeepsItsMentionButGetsNoNumbers() {
    Row longest = table("sentences").orderBy(org.apache.spark.sql.functions.col("tokens").desc()).first();

    assertEquals("too_long", longest.getAs("parse_status"));
    assertTrue(longest.<Integer>getAs("tokens") > 50);
    assertTrue(longest.<Boolean>getAs("russia_mentioned"));
    assertNull(longest.getAs("sentiment"));
    assertNull(longest.getAs("sentiment_probs"));
    assertNull(longest.getAs("sentiment_score"));
    assertNull(longest.getAs("tone"));
    assertEquals(1, summary.unparsedSentences());
  }

  @Test
  void punctuationNeverBecomesASentenceAndTheTitleIsSplitOff() {
    Row good = table("articles").filter("source = 'a_good.txt'").first();
    assertEquals("Britain and Russia talk again", good.getAs("title"));
    List<String> texts = table("sentences").filter("article_id = '" + good.getAs("article_id") + "'")
        .orderBy("sentence_index").select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();

    assertEquals("Russia and Britain agreed a wonderful deal.", texts.get(0));
    assertEquals("Vladimir Putin praised it.", texts.get(1));
    assertEquals(3, texts.size());
    assertFalse(texts.stream().anyMatch(t -> t.contains("talk again")), "the title is not a sentence");
  }

  @Test
  void newsPleaseFieldsBecomeArticleColumns() {
    Row article = table("articles").filter("source = 'article.json'").first();

    assertEquals("Kremlin talks", article.getAs("title"));
    assertEquals("example.co.uk", article.getAs("outlet"));
    assertEquals("2018-03-14", article.getAs("published"));
    assertEquals(2018, (int) article.getAs("year"));
    assertEquals("news-please", article.getAs("format"));
  }

  @Test
  void publishesTheDocumentedSchemas() {
    assertEquals(
        "article_id STRING,source STRING,format STRING,url STRING,outlet STRING,outlet_raw STRING,original_outlet STRING,"
            + "original_outlet_source STRING,language STRING,"
            + "title STRING,published STRING,date_precision STRING,date_status STRING,date_source STRING,published_raw STRING,"
            + "characters INT,"
            + "chrome_lines INT,datelines ARRAY<STRING>,sentences INT,russia_sentences INT,unparsed_sentences INT,"
            + "cluster_id STRING,cluster_size INT,copy_of STRING,status STRING,annotation_version STRING,text STRING,year INT",
        table("articles").schema().toDDL());
    assertEquals(
        "article_id STRING,sentence_index INT,text STRING,char_begin INT,char_end INT,tokens INT,parse_status STRING,"
            + "repeat_of INT,sentiment INT,sentiment_label STRING,sentiment_probs ARRAY<DOUBLE>,sentiment_score DOUBLE,"
            + "russia_mentioned BOOLEAN,mentions ARRAY<STRUCT<text: STRING, kind: STRING, begin: INT, end: INT, tone: INT, "
            + "score: DOUBLE, evidence: ARRAY<STRING>>>,tone INT,tone_score DOUBLE,tone_model STRING,leaders ARRAY<STRING>,era_leaders ARRAY<STRING>,outlet STRING,"
            + "original_outlet STRING,year INT",
        table("sentences").schema().toDDL());
    assertEquals("source STRING,format STRING,stage STRING,code STRING,reason STRING,article_id STRING",
        table("rejects").schema().toDDL());
    String stats = "sentences BIGINT,articles BIGINT,tone_sentences BIGINT,tone_articles BIGINT,mean_tone DOUBLE,"
        + "tone_ci_low DOUBLE,tone_ci_high DOUBLE,share_negative DOUBLE,share_neutral DOUBLE,share_positive DOUBLE,"
        + "mean_sentiment DOUBLE,mean_sentiment_all DOUBLE,adj_share_negative DOUBLE,adj_share_neutral DOUBLE,"
        + "adj_share_positive DOUBLE,adj_mean_tone DOUBLE,adj_ci_low DOUBLE,adj_ci_high DOUBLE";
    assertEquals("year INT," + stats, table("tone_by_year").schema().toDDL());
    assertEquals("outlet STRING,view STRING," + stats, table("tone_by_outlet").schema().toDDL());
    assertEquals("leader_id STRING,leader_name STRING,country STRING,view STRING," + stats, table("tone_by_leader").schema().toDDL());
    assertEquals("year INT,outlet STRING,view STRING," + stats, table("tone_by_year_outlet").schema().toDDL());
    assertEquals("year INT,leader_id STRING,leader_name STRING,country STRING,view STRING," + stats,
        table("tone_by_year_leader").schema().toDDL());
    assertEquals("run_id STRING,started_at TIMESTAMP,finished_at TIMESTAMP,input STRING,inputs_seen BIGINT,new_articles BIGINT,"
        + "rejected BIGINT,articles BIGINT,copies BIGINT,annotated_now BIGINT,reused BIGINT,sentences_annotated BIGINT,"
        + "parse_timeouts BIGINT,sentences BIGINT,russia_sentences BIGINT,unparsed_sentences BIGINT,seconds DOUBLE,"
        + "stages ARRAY<STRUCT<stage: STRING, seconds: DOUBLE, items: BIGINT, unit: STRING, per_second: DOUBLE>>,"
        + "tonewatch_version STRING,code_commit STRING,spark_version STRING,corenlp_version STRING,models STRING,"
        + "annotation_version STRING,settings STRING,table_hashes MAP<STRING, STRING>,table_versions MAP<STRING, BIGINT>", table("runs").schema().toDDL());
  }

  @Test
  void aRerunOnTheSameInputWritesTheSameRows() {
    String again = dir.resolve("warehouse-again").toString();
    NightlyJob.run(spark, JobConf.from(null, Map.of("input", dir.resolve("input").toString(), "warehouse", again,
        "nlp.engine", FakeNlpEngine.class.getName(), "nlp.parse-maxlen", "50", "annotate.partitions", "3")));
    for (String name : List.of("articles", "sentences", "rejects", "tone_by_year", "tone_by_leader", "tone_by_outlet")) {
      Dataset<Row> first = table(name);
      Dataset<Row> second = WarehouseTables.read(again, name);
      assertEquals(first.count(), second.count(), name);
      assertEquals(0L, first.exceptAll(second).count(), name);
      assertEquals(0L, second.exceptAll(first).count(), name);
    }
  }

  @Test
  void aFolderWithoutAManifestIsAnnotatedWithoutOutletsOrDates() throws Exception {
    Path bare = Files.createDirectories(dir.resolve("bare"));
    Files.writeString(bare.resolve("one.txt"), "Russia and Britain agreed a wonderful deal.");
    Files.writeString(bare.resolve("two.txt"), "The Kremlin denied an awful report.");
    String out = dir.resolve("warehouse-bare").toString();
    RunSummary bareRun = NightlyJob.run(spark, JobConf.from(null, Map.of("input", bare.toString(), "warehouse", out,
        "nlp.engine", FakeNlpEngine.class.getName())));

    assertEquals(2, bareRun.articles());
    assertEquals(Map.of("missing", 2L), bareRun.articlesByDate());
    Dataset<Row> articles = WarehouseTables.read(out, "articles");
    assertEquals(2L, articles.filter("outlet is null and year is null and date_status = 'missing'").count());
    assertEquals(0L, WarehouseTables.read(out, "tone_by_year").count(), "no year, no row in tone_by_year");
    assertEquals(2L, WarehouseTables.read(out, "tone_by_outlet").count(), "one row per view for the unknown outlet");
  }

  @Test
  void aMissingInputFolderStopsTheJobWithAMessage() {
    JobConf conf = JobConf.from(null, Map.of("input", dir.resolve("nowhere").toString(), "warehouse", warehouse,
        "nlp.engine", FakeNlpEngine.class.getName()));
    UsageException e = assertThrows(UsageException.class, () -> NightlyJob.run(spark, conf));
    assertEquals("input directory " + dir.resolve("nowhere") + " does not exist (set --input)", e.getMessage());
  }
}
