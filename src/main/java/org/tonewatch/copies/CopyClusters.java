package org.tonewatch.copies;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tonewatch.annotate.CurrentAnnotation;
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
 *
 * <p>Each run keeps the shingle vectors and LSH buckets of every accepted article in the copy index
 * ({@value #INDEX}, internal to the warehouse), so that a later run compares its new articles with the published ones
 * without reading, cleaning or hashing those again; articles published under this version keep their clusters.
 */
public final class CopyClusters {
  /**
   * The copy index's table: {@code articleId}, {@code features} (the shingle vector) and {@code buckets} (its LSH
   * buckets, from the min-hashes; see {@link #buckets}).
   */
  public static final String INDEX = "copy_index";
  private static final String[] INDEX_COLUMNS = {"articleId", "features", "buckets"};
  static final int SHINGLE_WORDS = 5;
  static final int HASH_TABLES = 5;
  static final long SEED = 20261123L;
  /**
   * The shingles are hashed into this many features. Few enough articles must share a feature by chance: with 2^20,
   * a million articles of a few hundred shingles each put every feature in hundreds of them, so that unrelated articles
   * shared a min-hash and one in eight became a candidate; at 2^26 a feature is in a handful.
   */
  public static final int FEATURES = 1 << 26;

  private CopyClusters() {}

  /**
   * Articles with their clusters, and the copy index of every accepted one for the next run; both rest on cached
   * rows, which {@link #release} frees once they are written.
   */
  public static final class Marked {
    private final Dataset<Article> articles;
    private final Dataset<Article> untouched;
    private final Dataset<Row> computed;
    private final Dataset<Row> vectors;
    private final Dataset<Row> keptIndex;
    private final long candidates;

    Marked(Dataset<Article> articles, Dataset<Article> untouched, Dataset<Row> computed, Dataset<Row> vectors,
        Dataset<Row> keptIndex, long candidates) {
      this.articles = articles;
      this.untouched = untouched;
      this.computed = computed;
      this.vectors = vectors;
      this.keptIndex = keptIndex;
      this.candidates = candidates;
    }

    /** How many indexed articles shared a min-hash with an article compared in this run (the LSH join's candidates). */
    public long candidates() {
      return candidates;
    }

    /**
     * The articles with their clusters: those compared in this run (rejected ones included) and the kept articles
     * of the clusters they are in, whose cluster may have changed.
     */
    public Dataset<Article> articles() {
      return articles;
    }

    /**
     * A plan over the other kept articles, as they were published: no article compared in this run is in their
     * cluster, so their clusters stay as they are and a night need not carry them.
     */
    public Dataset<Article> untouched() {
      return untouched;
    }

    /**
     * The copy index's rows of the articles shingled in this run ({@code articleId}, {@code features},
     * {@code buckets}): the rows a night replaces; the kept articles' rows stay as they are.
     */
    public Dataset<Row> index() {
      return computed.selectExpr(INDEX_COLUMNS);
    }

    /** A plan over the kept articles' published rows of the index (null when none were kept), for a whole rewrite. */
    public Dataset<Row> keptIndex() {
      return keptIndex;
    }

    public void release() {
      computed.unpersist();
      if (vectors != null) {
        vectors.unpersist();
      }
    }
  }

  /** {@link #mark(SparkSession, Dataset, Dataset, Dataset, double, String)} with nothing published before. */
  public static Marked mark(SparkSession spark, Dataset<Article> articles, double minSimilarity, String version) {
    return mark(spark, articles, articles.limit(0), null, minSimilarity, version);
  }

  /**
   * @param cleaned articles to shingle and compare (this run's, and published ones the index lacks); rejected ones pass
   *     through untouched
   * @param kept published articles under this version, each with a row in {@code index}, compared through it
   * @param index the published copy index, or null when {@code kept} is empty
   */
  public static Marked mark(SparkSession spark, Dataset<Article> cleaned, Dataset<Article> kept, Dataset<Row> index,
      double minSimilarity, String version) {
    Column annotated = CurrentAnnotation.annotated(version).and(col("copyOf").isNull());
    Column original = col("outlet").isNotNull().and(col("outlet").equalTo(col("originalOutlet")));
    Column[] standing = {col("articleId"), col("clusterId"), CurrentAnnotation.settled(version).as("known"),
        when(annotated, 0).when(coalesce(original, lit(false)), 1).otherwise(2).as("rank")};
    Dataset<Row> accepted = cleaned.filter(col("rejectReason").isNull()).select(concat(standing, col("body")));
    PipelineModel shingler = new Pipeline().setStages(new PipelineStage[] {
        new RegexTokenizer().setInputCol("body").setOutputCol("words").setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true),
        new NGram().setN(SHINGLE_WORDS).setInputCol("words").setOutputCol("shingles"),
        new HashingTF().setNumFeatures(FEATURES).setBinary(true).setInputCol("shingles").setOutputCol("features")})
        .fit(accepted);
    Dataset<Row> shingled = shingler.transform(accepted).filter(size(col("shingles")).gt(0));
    // The model's random hash functions depend only on the seed and the vector size, so every run hashes alike.
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(SEED)
        .setInputCol("features").setOutputCol("hashes").fit(shingled);
    Column[] columns = {col("articleId"), col("clusterId"), col("known"), col("rank")};
    Dataset<Row> computed = lsh.transform(shingled)
        .select(concat(columns, col("features"), col("hashes"), buckets(col("hashes")).as("buckets")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> fresh = computed.filter(not(col("known")));
    Dataset<Row> docs = computed;
    Dataset<Row> keptIndex = null;
    Dataset<Row> vectors = null;
    long candidatesCompared = 0;
    if (index != null) {
      keptIndex = index.join(kept.select("articleId"), "articleId").selectExpr(INDEX_COLUMNS);
      // A pair can only be found when the two share a min-hash in one of the tables (the join's own rule for a
      // candidate), so of the kept articles only those that share a bucket with a new article are read whole: the
      // search reads the index's buckets, a few numbers an article, and the candidates' vectors are picked out of the
      // index before anything else is joined to them. The index is searched as it is (an article cleaned again
      // tonight has a stale row there, which the join with the kept articles below leaves out).
      Object[] freshBuckets = fresh.select(explode(col("buckets"))).distinct().as(Encoders.LONG()).collectAsList().toArray();
      List<String> candidates = freshBuckets.length == 0 ? List.of()
          : index.filter(arrays_overlap(col("buckets"), array(Arrays.stream(freshBuckets).map(functions::lit).toArray(Column[]::new))))
              .select("articleId").as(Encoders.STRING()).collectAsList();
      if (!candidates.isEmpty()) {
        Dataset<Row> named = broadcast(spark.createDataset(candidates, Encoders.STRING()).toDF("articleId"));
        // Cached before they are hashed: the optimizer would otherwise push the min-hash function's filter below the
        // join, onto every vector of the index.
        vectors = index.join(named, "articleId").select("articleId", "features", "buckets").persist(StorageLevel.MEMORY_AND_DISK());
        vectors.count();
        docs = docs.unionByName(lsh.transform(kept.select(standing).join(named, "articleId").join(vectors, "articleId"))
            .select(concat(columns, col("features"), col("hashes"), col("buckets"))));
      }
      candidatesCompared = candidates.size();
    }
    // Articles published under this version keep their clusters (their edges to their representative); only the new
    // ones are compared, with every article.
    List<Row> edges = new ArrayList<>(lsh.approxSimilarityJoin(fresh, docs, 1 - minSimilarity, "distance")
        .filter(col("datasetA.articleId").notEqual(col("datasetB.articleId")))
        .select(col("datasetA.articleId"), col("datasetB.articleId"))
        .collectAsList());
    Dataset<Row> all = cleaned.filter(col("rejectReason").isNull()).select(standing).unionByName(kept.select(standing));
    edges.addAll(all.filter(col("known").and(col("clusterId").notEqual(col("articleId")))).select("articleId", "clusterId").collectAsList());
    Set<String> linked = new TreeSet<>();
    edges.forEach(edge -> linked.addAll(List.of(edge.getString(0), edge.getString(1))));
    Map<String, Integer> ranks = new HashMap<>();
    for (Row row : all.filter(col("articleId").isInCollection(linked)).select("articleId", "rank").collectAsList()) {
      ranks.put(row.getString(0), row.getInt(1));
    }

    Dataset<Row> clusters = spark.createDataFrame(assign(edges, ranks), new StructType()
        .add("articleId", DataTypes.StringType)
        .add("clusterId", DataTypes.StringType)
        .add("clusterSize", DataTypes.IntegerType)
        .add("copyOf", DataTypes.StringType));
    // Of the kept articles, only the members of a cluster that an article compared now is in can change cluster.
    Dataset<Row> compared = cleaned.filter(col("rejectReason").isNull()).select("articleId");
    Dataset<Row> touched = broadcast(clusters.join(clusters.join(compared, new String[] {"articleId"}, "left_semi")
        .select("clusterId").distinct(), new String[] {"clusterId"}, "left_semi").select("articleId"));
    Dataset<Row> marked = cleaned.filter(col("rejectReason").isNull())
        .unionByName(kept.join(touched, new String[] {"articleId"}, "left_semi").as(Article.ENCODER)).toDF()
        .drop("clusterId", "clusterSize", "copyOf")
        .join(clusters, new String[] {"articleId"}, "left")
        .withColumn("clusterSize", coalesce(col("clusterSize"), lit(1)))
        .withColumn("clusterId", coalesce(col("clusterId"), col("articleId")));
    return new Marked(marked.as(Article.ENCODER).unionByName(cleaned.filter(col("rejectReason").isNotNull())),
        kept.join(touched, new String[] {"articleId"}, "left_anti").as(Article.ENCODER), computed, vectors, keptIndex, candidatesCompared);
  }

  /**
   * A published copy index, or an empty one when it was written with another number of features (it hashed its
   * shingles elsewhere) or without buckets (by a build before them): a night then shingles all its articles again,
   * once, and replaces their rows. A night replaces the rows of every article it leaves out of the index in the same
   * commit, so an index is of one size and its first row tells which; the vectors of the other rows are not read.
   */
  public static Dataset<Row> comparable(Dataset<Row> index) {
    if (!List.of(index.columns()).containsAll(List.of(INDEX_COLUMNS))) {
      return emptyIndex(index.sparkSession());
    }
    List<Row> first = index.select(col("features")).limit(1).collectAsList();
    return first.isEmpty() || ((Vector) first.get(0).get(0)).size() == FEATURES ? index : emptyIndex(index.sparkSession());
  }

  /**
   * An article's LSH buckets from its min-hashes (one per hash table, each a vector of one value below 2^31): table
   * {@code t}'s hash {@code h} is the number {@code t * 2^32 + h}, so that two articles share a bucket exactly when
   * they share a min-hash in one table.
   */
  static Column buckets(Column hashes) {
    return transform(hashes, (vector, table) -> table.cast("long").multiply(1L << 32)
        .plus(vector_to_array(vector, "float64").getItem(0).cast("long")));
  }

  /** An empty copy index, for a warehouse published without one: its articles are all shingled again. */
  public static Dataset<Row> emptyIndex(SparkSession spark) {
    return spark.createDataFrame(List.of(), new StructType()
        .add("articleId", DataTypes.StringType)
        .add("features", new VectorUDT())
        .add("buckets", DataTypes.createArrayType(DataTypes.LongType)));
  }

  private static Column[] concat(Column[] first, Column... more) {
    Column[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /** {@code articles} with copy detection off: each accepted article is its own cluster. */
  public static Dataset<Article> alone(Dataset<Article> articles) {
    return articles.withColumn("clusterId", when(col("rejectReason").isNull(), col("articleId"))).as(Article.ENCODER);
  }

  /**
   * One row per article in a cluster of two or more, from the {@code edges} (pairs of copies) joined transitively:
   * article, cluster, cluster size, representative or null. The representative is the member of lowest {@code rank}
   * (0: already annotated under this version, so a nightly run never annotates a story again because a copy of it
   * came in; 1: its own original; 2: the others), then of smallest id.
   */
  static List<Row> assign(List<Row> edges, Map<String, Integer> ranks) {
    Map<String, String> parent = new HashMap<>();
    Set<String> linked = new HashSet<>();
    for (Row edge : edges) {
      linked.add(edge.getString(0));
      linked.add(edge.getString(1));
      union(parent, edge.getString(0), edge.getString(1));
    }
    Map<String, Integer> rank = new HashMap<>();
    linked.forEach(id -> rank.put(id, ranks.getOrDefault(id, 2)));
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
