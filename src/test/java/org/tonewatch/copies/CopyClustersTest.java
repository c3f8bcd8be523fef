package org.tonewatch.copies;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonewatch.ingest.Article;
import org.tonewatch.testing.SharedSpark;

class CopyClustersTest {
  private static final Path SAMPLES = Path.of(System.getProperty("tonewatch.project.dir", "."), "data", "articles");
  private static SparkSession spark;
  private static String story;
  private static String otherStory;

  @BeforeAll
  static void texts() throws Exception {
    spark = SharedSpark.session();
    story = Files.readString(SAMPLES.resolve("002_8d4d9bf14b3301f3.txt"));
    otherStory = Files.readString(SAMPLES.resolve("001_ba9aae68d1c924a6.txt"));
  }

  private static Article article(String id, String outlet, String original, String body) {
    Article article = new Article();
    article.setArticleId(id);
    article.setOutlet(outlet);
    article.setOriginalOutlet(original);
    article.setBody(body);
    return article;
  }

  private static Map<String, Article> mark(List<Article> articles, double minSimilarity) {
    Dataset<Article> marked = CopyClusters.mark(spark, spark.createDataset(articles, Article.ENCODER), minSimilarity, "v1").articles();
    return marked.collectAsList().stream().collect(Collectors.toMap(Article::getArticleId, a -> a));
  }

  @Test
  void aReprintWithItsOwnChromeAndACutIsACopyOfTheOriginal() {
    String[] paragraphs = story.split("\n\n");
    String reprint = "Republished from the wire.\n\n" + String.join("\n\n", List.of(paragraphs).subList(0, paragraphs.length - 2))
        .replace("yesterday", "on Monday");
    List<Article> articles = new ArrayList<>(List.of(
        article("b-reprint", "Outlet B", "Outlet A", reprint),
        article("z-original", "Outlet A", "Outlet A", story),
        article("c-other", "Outlet C", "Outlet C", otherStory),
        article("d-short", "Outlet D", "Outlet D", "Too short.")));
    Article rejected = article("e-rejected", "Outlet E", null, null);
    rejected.reject("ingest", "empty_file", "empty");
    articles.add(rejected);

    Map<String, Article> marked = mark(articles, 0.6);

    assertEquals("z-original", marked.get("b-reprint").getCopyOf(), "the original is the representative, whatever its id");
    assertEquals("z-original", marked.get("b-reprint").getClusterId());
    assertEquals(2, marked.get("b-reprint").getClusterSize());
    assertNull(marked.get("z-original").getCopyOf());
    assertEquals("z-original", marked.get("z-original").getClusterId());
    for (String alone : List.of("c-other", "d-short")) {
      assertNull(marked.get(alone).getCopyOf(), alone);
      assertEquals(alone, marked.get(alone).getClusterId(), alone);
      assertEquals(1, marked.get(alone).getClusterSize(), alone);
    }
    assertNull(marked.get("e-rejected").getClusterId(), "rejects are left alone");
    assertEquals(5, marked.size());
  }

  @Test
  void aNewReprintOfAnArticleAnnotatedBeforeBecomesItsCopyAndPublishedClustersStay() {
    Article annotated = article("z-annotated", "Outlet Z", "Outlet A", story);
    annotated.setStatus("annotated");
    annotated.setAnnotationVersion("v1");
    annotated.setClusterId("z-annotated");
    Article original = article("a-original", "Outlet A", "Outlet A", story + "\n\nOne more line at the end of it.");
    // Not similar to its representative at all: only the published cluster links them, no comparison would.
    Article copy = article("k-copy", "Outlet K", "Outlet K", "A short unrelated note about the weather in Kent, "
        + "with rain expected on Tuesday and a dry spell to follow later in the week.");
    copy.setStatus("copy");
    copy.setAnnotationVersion("v1");
    copy.setClusterId("j-rep");
    copy.setCopyOf("j-rep");
    Article rep = article("j-rep", "Outlet J", "Outlet J", otherStory);
    rep.setStatus("annotated");
    rep.setAnnotationVersion("v1");
    rep.setClusterId("j-rep");

    Map<String, Article> marked = mark(List.of(annotated, original, copy, rep), 0.6);

    assertEquals("z-annotated", marked.get("a-original").getCopyOf(), "annotated before: it stays the representative");
    assertNull(marked.get("z-annotated").getCopyOf());
    assertEquals("j-rep", marked.get("k-copy").getCopyOf(), "a published cluster stays");
    assertEquals(2, marked.get("j-rep").getClusterSize());
  }

  /**
   * A later run compares its new articles with the published ones through the copy index alone: the published
   * article comes back without its body, so only its indexed shingles can make the new reprint its copy.
   */
  @Test
  void aLaterRunFindsCopiesOfPublishedArticlesThroughTheIndex() {
    Article published = article("p-published", "Outlet A", "Outlet A", story);
    CopyClusters.Marked first = CopyClusters.mark(spark, spark.createDataset(List.of(published), Article.ENCODER), 0.6, "v1");
    List<Row> index = first.index().collectAsList();
    first.release();
    assertEquals(1, index.size());

    Article kept = article("p-published", "Outlet A", "Outlet A", null);
    kept.setStatus("annotated");
    kept.setAnnotationVersion("v1");
    kept.setClusterId("p-published");
    Article reprint = article("a-reprint", "Outlet B", "Outlet A", "From the wire.\n\n" + story);
    Article unrelated = article("u-unrelated", "Outlet C", "Outlet C", otherStory);
    CopyClusters.Marked second = CopyClusters.mark(spark, spark.createDataset(List.of(reprint, unrelated), Article.ENCODER),
        spark.createDataset(List.of(kept), Article.ENCODER), spark.createDataFrame(index, first.index().schema()), 0.6, "v1");
    Map<String, Article> marked = second.articles().collectAsList().stream().collect(Collectors.toMap(Article::getArticleId, a -> a));

    assertEquals("p-published", marked.get("a-reprint").getCopyOf(), "the published article stays the representative");
    assertEquals(2, marked.get("p-published").getClusterSize());
    assertNull(marked.get("u-unrelated").getCopyOf());
    assertEquals(List.of("a-reprint", "u-unrelated"),
        second.index().select("articleId").orderBy("articleId").as(Encoders.STRING()).collectAsList(),
        "the night's rows of the index are those of the articles it shingled");
    assertEquals(index, second.keptIndex().collectAsList(), "the kept article's row, as published");
    second.release();
  }

  @Test
  void anIndexHashedIntoAnotherNumberOfFeaturesIsNotComparedWith() {
    CopyClusters.Marked marked = CopyClusters.mark(spark, spark.createDataset(List.of(article("p-new", "Outlet A", "Outlet A", story)),
        Article.ENCODER), 0.6, "v1");
    Row current = marked.index().collectAsList().get(0);
    marked.release();
    SparseVector features = (SparseVector) current.getAs("features");
    assertEquals(CopyClusters.FEATURES, features.size());
    int[] older = Arrays.stream(features.indices()).map(i -> i % (1 << 20)).distinct().sorted().toArray();
    Row old = RowFactory.create("p-old",
        new SparseVector(1 << 20, older, Arrays.stream(older).mapToDouble(i -> 1).toArray()),
        current.getAs("buckets"));

    StructType schema = CopyClusters.emptyIndex(spark).schema();
    Dataset<Row> currentIndex = spark.createDataFrame(List.of(current), schema);
    assertEquals(List.of("p-new"), CopyClusters.comparable(currentIndex).select("articleId").as(Encoders.STRING()).collectAsList());
    Dataset<Row> oldIndex = spark.createDataFrame(List.of(old), schema);
    assertEquals(0, CopyClusters.comparable(oldIndex).count(), "an old index is read as empty, so its articles are shingled again");
    assertEquals(schema, CopyClusters.comparable(oldIndex).schema());

    StructType withoutBuckets = new StructType().add("articleId", DataTypes.StringType).add("features", new VectorUDT())
        .add("hashes", DataTypes.createArrayType(new VectorUDT()));
    Dataset<Row> beforeBuckets = spark.createDataFrame(List.of(RowFactory.create("p-new", features, List.of(features))), withoutBuckets);
    assertEquals(0, CopyClusters.comparable(beforeBuckets).count(), "an index written before buckets is read as empty");
    assertEquals(schema, CopyClusters.comparable(beforeBuckets).schema());
  }

  @Test
  void twoArticlesShareABucketExactlyWhenTheyShareAMinHashInOneTable() {
    StructType schema = new StructType().add("hashes", DataTypes.createArrayType(new VectorUDT()));
    List<Row> rows = List.of(
        RowFactory.create(List.of(Vectors.dense(7), Vectors.dense(2_038_074_742), Vectors.dense(7))),
        RowFactory.create(List.of(Vectors.dense(9), Vectors.dense(7), Vectors.dense(0))));
    List<List<Long>> buckets = spark.createDataFrame(rows, schema).select(CopyClusters.buckets(col("hashes")))
        .collectAsList().stream().map(r -> r.<Long>getList(0)).toList();
    long table = 1L << 32;
    assertEquals(List.of(List.of(7L, table + 2_038_074_742L, 2 * table + 7), List.of(9L, table + 7, 2 * table)), buckets,
        "the same hash in two tables is two buckets; a hash near 2^31 stays in its table");
  }

  @Test
  void articlesThatShareOnlyAFewParagraphsAreNotCopies() {
    String[] paragraphs = story.split("\n\n");
    String borrowing = otherStory + "\n\n" + paragraphs[0] + "\n\n" + paragraphs[1];
    Map<String, Article> marked = mark(List.of(article("a", "Outlet A", "Outlet A", story),
        article("b", "Outlet B", "Outlet B", borrowing)), 0.6);
    assertNull(marked.get("b").getCopyOf());
    assertEquals(1, marked.get("b").getClusterSize());
  }

  @Test
  void pairsJoinTransitivelyAndTheSmallestIdRepresentsAClusterWithoutAnOriginal() {
    var rows = CopyClusters.assign(List.of(
        RowFactory.create("m", "q"), RowFactory.create("q", "s"), RowFactory.create("b", "a"), RowFactory.create("c", "d")),
        Map.of("m", 2, "q", 2, "s", 2, "a", 1, "b", 1, "c", 1, "d", 0));
    Map<String, String> copyOf = new TreeMap<>();
    rows.forEach(r -> copyOf.put(r.getString(0), r.getString(1) + "/" + r.getInt(2) + "/" + r.getString(3)));
    assertEquals(Map.of("m", "m/3/null", "q", "m/3/m", "s", "m/3/m", "a", "a/2/null", "b", "a/2/a",
        "c", "d/2/d", "d", "d/2/null"), copyOf, "an article annotated before represents its cluster, even over the original");
  }
}
