package org.tonewatch.copies;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tonewatch.ingest.Article;

/**
 * Finds articles that are copies of one story (a wire story under several mastheads, a republished piece) and groups
 * them into clusters, so that each story is annotated once.
 *
 * <p>Two articles are copies when the Jaccard similarity of their sets of word 5-shingles (lower-cased words of the
 * cleaned body) is at least {@code minSimilarity}. Spark MLlib's MinHash LSH proposes the candidate pairs (one min-hash
 * per table, {@value #HASH_TABLES} tables, a fixed seed) and computes their exact Jaccard distance; pairs are joined
 * transitively into clusters on the driver (the pairs are few). Each cluster has a representative: a member already
 * annotated under this run's annotation version, else the member that is its own original (its outlet is its
 * {@code original_outlet}), else the member with the smallest {@code article_id}.
 * {@code cluster_id} is the representative's {@code article_id}; the other members get {@code copy_of} = that id.
 * An article alone is its own cluster of size 1. Articles too short to have a shingle are alone.
 */
public final class CopyClusters {
  static final int SHINGLE_WORDS = 5;
  static final int HASH_TABLES = 5;
  static final long SEED = 20261123L;
  private static final int FEATURES = 1 << 20;

  private CopyClusters() {}

  /** {@code articles} with {@code clusterId}, {@code clusterSize} and {@code copyOf} set; rejected ones untouched. */
  public static Dataset<Article> mark(SparkSession spark, Dataset<Article> articles, double minSimilarity, String version) {
    Dataset<Row> docs = articles.filter(col("rejectReason").isNull())
        .select(col("articleId"), col("outlet"), col("originalOutlet"), col("body"),
            col("status").equalTo("annotated").and(col("annotationVersion").equalTo(version)).and(col("copyOf").isNull())
                .as("annotated"));
    PipelineModel shingler = new Pipeline().setStages(new PipelineStage[] {
        new RegexTokenizer().setInputCol("body").setOutputCol("words").setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true),
        new NGram().setN(SHINGLE_WORDS).setInputCol("words").setOutputCol("shingles"),
        new HashingTF().setNumFeatures(FEATURES).setBinary(true).setInputCol("shingles").setOutputCol("features")})
        .fit(docs);
    Dataset<Row> shingled = shingler.transform(docs).filter(size(col("shingles")).gt(0))
        .select("articleId", "outlet", "originalOutlet", "annotated", "features");
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(SEED)
        .setInputCol("features").setOutputCol("hashes").fit(shingled);
    List<Row> pairs = lsh.approxSimilarityJoin(shingled, shingled, 1 - minSimilarity, "distance")
        .filter(col("datasetA.articleId").lt(col("datasetB.articleId")))
        .select(col("datasetA.articleId").as("a"), col("datasetB.articleId").as("b"),
            col("datasetA.outlet").as("outlet_a"), col("datasetA.originalOutlet").as("original_a"),
            col("datasetB.outlet").as("outlet_b"), col("datasetB.originalOutlet").as("original_b"),
            coalesce(col("datasetA.annotated"), lit(false)).as("annotated_a"), coalesce(col("datasetB.annotated"), lit(false)).as("annotated_b"))
        .collectAsList();

    Dataset<Row> clusters = spark.createDataFrame(assign(pairs), new StructType()
        .add("articleId", DataTypes.StringType)
        .add("clusterId", DataTypes.StringType)
        .add("clusterSize", DataTypes.IntegerType)
        .add("copyOf", DataTypes.StringType));
    Dataset<Row> accepted = articles.filter(col("rejectReason").isNull()).toDF().drop("clusterId", "clusterSize", "copyOf")
        .join(clusters, new String[] {"articleId"}, "left")
        .withColumn("clusterSize", coalesce(col("clusterSize"), lit(1)))
        .withColumn("clusterId", coalesce(col("clusterId"), col("articleId")));
    return accepted.as(Article.ENCODER).unionByName(articles.filter(col("rejectReason").isNotNull()));
  }

  /** {@code articles} with copy detection off: each accepted article is its own cluster. */
  public static Dataset<Article> alone(Dataset<Article> articles) {
    return articles.withColumn("clusterId", when(col("rejectReason").isNull(), col("articleId"))).as(Article.ENCODER);
  }

  /**
   * One row per article in a cluster of two or more: article, cluster, cluster size, representative or null. The
   * representative is a member already annotated under this version if there is one (so a nightly run never annotates
   * a story again because a copy of it came in), else the original, else the smallest id.
   */
  static List<Row> assign(List<Row> pairs) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (Row pair : pairs) {
      String a = pair.getString(0);
      String b = pair.getString(1);
      rank.put(a, rank(pair.getString(2), pair.getString(3), pair.getBoolean(6)));
      rank.put(b, rank(pair.getString(4), pair.getString(5), pair.getBoolean(7)));
      union(parent, a, b);
    }
    Map<String, List<String>> members = new TreeMap<>();
    for (String id : rank.keySet()) {
      members.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
    }
    List<Row> rows = new ArrayList<>();
    for (List<String> cluster : members.values()) {
      String representative = cluster.stream()
          .min(Comparator.comparing((String id) -> rank.get(id)).thenComparing(Comparator.naturalOrder()))
          .orElseThrow();
      for (String id : cluster) {
        rows.add(RowFactory.create(id, representative, cluster.size(), id.equals(representative) ? null : representative));
      }
    }
    return rows;
  }

  /** 0 for an article already annotated, 1 for an original, 2 for the others. */
  private static int rank(String outlet, String originalOutlet, boolean annotated) {
    return annotated ? 0 : outlet != null && outlet.equals(originalOutlet) ? 1 : 2;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (parent.containsKey(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
