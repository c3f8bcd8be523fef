package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * What two nights' tables owe to the order the articles arrived in, as the README's *Operations* says: the articles,
 * their copy clusters, the rejects and every article outside a cluster that spans nights are the same whichever night
 * came first; a cluster's representative is the member annotated first ("first annotated stays", so a later reprint
 * never causes a second annotation), and so are the sentence rows that stand for the cluster.
 */
class ArrivalOrderTest {
  @TempDir static Path dir;
  private static SparkSession spark;
  private static String aThenB;
  private static String bThenA;

  private static final String STORY = "Russia and Britain agreed a wonderful deal after long talks in London. "
      + "The Kremlin said the agreement would help both countries. Officials in Whitehall welcomed it warmly. "
      + "Vladimir Putin praised the British prime minister for the progress made. Trade will grow next year, "
      + "both sides said, and a further round of talks is planned in Moscow for the spring.";

  @BeforeAll
  static void runTwoNightsInBothOrders() throws Exception {
    spark = SharedSpark.session();
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("story.txt"), STORY);
    Files.writeString(a.resolve("other-a.txt"), "The Kremlin denied an awful report about the poisoning.");
    Files.writeString(a.resolve("manifest.csv"), "file,outlet\nstory.txt,Outlet A\nother-a.txt,Outlet A\n");
    // The same story reprinted by another outlet, one sentence changed: a copy of story.txt.
    Files.writeString(b.resolve("reprint.txt"), STORY.replace("Trade will grow next year", "Trade will grow awfully fast"));
    Files.writeString(b.resolve("other-b.txt"), "Moscow expelled two diplomats, officials said on Monday.");
    Files.write(b.resolve("empty.txt"), new byte[0]);
    Files.writeString(b.resolve("manifest.csv"), "file,outlet\nreprint.txt,Outlet B\nother-b.txt,Outlet B\n");

    aThenB = dir.resolve("a-then-b").toString();
    bThenA = dir.resolve("b-then-a").toString();
    night(a, aThenB);
    night(b, aThenB);
    night(b, bThenA);
    night(a, bThenA);
  }

  private static void night(Path input, String warehouse) {
    NightlyJob.run(spark, JobConf.from(null, Map.of("input", input.toString(), "warehouse", warehouse,
        "nlp.engine", FakeNlpEngine.class.getName())));
  }

  private static Dataset<Row> table(String warehouse, String name) {
    return WarehouseTables.read(warehouse, name);
  }

  @Test
  void theArticlesTheirClustersAndTheRejectsDoNotDependOnOrder() {
    assertEquals(ids(aThenB), ids(bThenA));
    assertEquals(clusters(aThenB), clusters(bThenA));
    assertEquals(0L, table(aThenB, "rejects").exceptAll(table(bThenA, "rejects")).count());
    assertEquals(0L, table(bThenA, "rejects").exceptAll(table(aThenB, "rejects")).count());
  }

  @Test
  void articlesOutsideACrossNightClusterHaveTheSameRows() {
    for (String source : List.of("other-a.txt", "other-b.txt")) {
      String id = table(aThenB, "articles").filter("source = '" + source + "'").first().getAs("article_id");
      Dataset<Row> first = table(aThenB, "sentences").filter("article_id = '" + id + "'");
      Dataset<Row> second = table(bThenA, "sentences").filter("article_id = '" + id + "'");
      assertEquals(0L, first.exceptAll(second).count(), source);
      assertEquals(first.count(), second.count(), source);
    }
  }

  @Test
  void theClustersRepresentativeIsTheMemberAnnotatedFirst() {
    assertEquals("story.txt", representative(aThenB));
    assertEquals("reprint.txt", representative(bThenA));
    assertNotEquals(sentenceTexts(aThenB), sentenceTexts(bThenA), "the cluster's sentences are its representative's");
  }

  private static Set<String> ids(String warehouse) {
    return new TreeSet<>(table(warehouse, "articles").select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }

  /** The clusters as sets of sources, whatever their id. */
  private static Set<Set<String>> clusters(String warehouse) {
    Map<String, Set<String>> byCluster = new TreeMap<>();
    for (Row row : table(warehouse, "articles").select("cluster_id", "source").collectAsList()) {
      byCluster.computeIfAbsent(row.getString(0), k -> new TreeSet<>()).add(row.getString(1));
    }
    return byCluster.values().stream().collect(Collectors.toSet());
  }

  private static String representative(String warehouse) {
    return table(warehouse, "articles").filter("source in ('story.txt', 'reprint.txt') and copy_of is null").first().getAs("source");
  }

  private static List<String> sentenceTexts(String warehouse) {
    String id = table(warehouse, "articles").filter("source in ('story.txt', 'reprint.txt') and copy_of is null").first()
        .getAs("article_id");
    return table(warehouse, "sentences").filter("article_id = '" + id + "'").orderBy("sentence_index").select("text")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }
}
