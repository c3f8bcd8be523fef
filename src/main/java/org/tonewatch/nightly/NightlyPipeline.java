package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.tonewatch.aggregate.ToneAggregates;
import org.tonewatch.annotate.AnnotatePartition;
import org.tonewatch.annotate.AnnotatedArticle;
import org.tonewatch.annotate.CurrentAnnotation;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.clean.CleanArticle;
import org.tonewatch.copies.CopyClusters;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.Reject;
import org.tonewatch.publish.Tables;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Outlets;

/**
 * A night's transforms between its read and its commit: the input's articles (as ingest read them) and the last
 * night's tables ({@link Published}) in, the rows the night commits out ({@link Night}). Stages: clean → copies →
 * annotate, then {@link #aggregates} over the committed per-article sums. It reads no table, writes none and builds no session, so a test can feed it rows made in memory; the run
 * ({@link NightlyJob}) reads before it and commits after it. Where a stage ends the {@link Observer} is told, with the
 * stage's counts: the run prints its progress line there, and its fault switch stops it there.
 *
 * <p>The rows that later steps read more than once are cached under plans of their own ({@link #cachedRows}) until
 * {@link Night#release}. Driver side; one night at a time.
 */
public final class NightlyPipeline {
  private final ArticleCleaner cleaner;
  private final Outlets outlets;
  private final AnnotatePartition annotate;
  private final String version;
  private final double copiesMinSimilarity;
  private final int annotatePartitions;

  /**
   * @param annotate the annotate stage's function, built for {@code version}
   * @param version the night's {@code annotation_version}
   * @param copiesMinSimilarity the Jaccard similarity from which an article is a copy; 0 turns copy detection off
   * @param annotatePartitions partitions of the articles to annotate; 0 chooses from their number
   */
  public NightlyPipeline(ArticleCleaner cleaner, Outlets outlets, AnnotatePartition annotate, String version,
      double copiesMinSimilarity, int annotatePartitions) {
    this.cleaner = cleaner;
    this.outlets = outlets;
    this.annotate = annotate;
    this.version = version;
    this.copiesMinSimilarity = copiesMinSimilarity;
    this.annotatePartitions = annotatePartitions;
  }

  /** What the run is told as the pipeline goes. */
  public interface Observer {
    /** {@code stage} ended, having handled {@code items} {@code unit}; {@code what} says what it did. */
    void stageEnded(String stage, long items, String unit, String what);

    /** The annotate stage starts on {@code total} articles, {@code done} counting them as they end; closed when it ends. */
    Progress.Running annotating(long total, LongSupplier done);
  }

  /**
   * What a night commits, as table rows: {@code articles} (see {@link #articleRows}), {@code sentences}, {@code articleTone} and {@code articleLeaderTone} (the sentences and their per-article sums,
   * {@link ToneAggregates#articleTone}, that the aggregates are computed from; see {@link Rows}), {@code rejects}
   * (tonight's and the published ones, but for inputs that are articles now), {@code copyIndex} (the copy index's
   * rows; null when copy detection is off) and {@code reindexed} (the articles it replaces the rows of: those cleaned
   * tonight, {@code article_id, year} with no year), {@code changed} ({@code article_id, year} of the articles whose rows change, with the year of
   * their published rows and of their new ones) and {@code resentenced} (those of them whose sentences change: all but
   * the kept articles whose row changed, as when a new copy joins their cluster). {@code counts} are the run's,
   * without its time.
   */
  public record Night(Rows articles, Rows sentences, Rows articleTone, Rows articleLeaderTone, Dataset<Row> rejects,
      Rows copyIndex, Dataset<Row> reindexed, Dataset<Row> changed, Dataset<Row> resentenced, RunSummary counts, List<Runnable> cached) {
    /** Drops the cached rows, once the night is committed. */
    public void release() {
      cached.forEach(Runnable::run);
    }

    /**
     * A first night of articles and sentences annotated elsewhere (the archive benchmark's synthetic rows): every
     * article new, accepted and its own cluster, under {@code version}; the copy index of their bodies when
     * {@code copiesMinSimilarity} is above 0. The articles are read more than once, so they should be cached.
     */
    public static Night annotatedElsewhere(SparkSession spark, Dataset<Article> articles, Dataset<Sentence> sentences,
        String version, double copiesMinSimilarity) {
      CopyClusters.Marked marked = copiesMinSimilarity > 0 ? CopyClusters.mark(spark, articles, copiesMinSimilarity, version) : null;
      List<Runnable> cached = marked == null ? List.of() : List.of(marked::release);
      Rows rows = new Rows(Tables.articles(articles), null);
      Dataset<Reject> none = spark.emptyDataset(Reject.ENCODER);
      RunSummary counts = RunSummary.of(InputAccount.of(articles, articles).check(), articles, sentences, 0);
      Dataset<Row> changed = rows.changed().select("article_id", "year");
      return new Night(rows, new Rows(Tables.sentences(sentences), null), new Rows(ToneAggregates.articleTone(sentences), null),
          new Rows(ToneAggregates.articleLeaderTone(sentences), null), Tables.rejects(none),
          marked == null ? null : new Rows(marked.index(), null), indexKeys(articles), changed, changed, counts, cached);
    }
  }

  /**
   * A table's rows as a night writes them: {@code changed}, those of the articles it changes (for the sentences and
   * their sums: it annotated them, or they are gone), which is all it reads of them on a night; and
   * {@code unchanged}, a plan over the published rows of the other articles (null when nothing is published), read
   * only when the table is written whole. A night's cost so grows with its new articles, not with the archive.
   */
  public record Rows(Dataset<Row> changed, Dataset<Row> unchanged) {}

  /** The night of {@code incoming} (rejects included) over {@code previous} (null when nothing is published). */
  public Night run(SparkSession spark, Dataset<Article> incoming, Published previous, Observer observer) {
    List<Runnable> cached = new ArrayList<>();
    Dataset<Article> inputs = incoming.persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(inputs::unpersist);

    // The published articles come back with the input: those settled under this version are kept as they are; the
    // rest, with the input's new articles, are cleaned and compared for copies.
    boolean detectCopies = copiesMinSimilarity > 0;
    Dataset<Row> index = !detectCopies ? null
        : previous != null && previous.copyIndex() != null ? previous.copyIndex() : CopyClusters.emptyIndex(spark);
    Published.Intake intake = Published.intake(previous, inputs, version, index);
    // The kept articles' plan joins the published articles with the copy index; the steps below read it several times.
    Dataset<Article> kept = cachedRows(spark, intake.kept(), Article.ENCODER, cached);
    Dataset<Article> cleaned = cachedRows(spark, intake.toClean().map(new CleanArticle(cleaner, outlets), Article.ENCODER),
        Article.ENCODER, cached);
    CopyClusters.Marked marked = detectCopies
        ? CopyClusters.mark(spark, cleaned, kept, index, copiesMinSimilarity, version)
        : null;
    if (marked != null) {
      cached.add(marked::release);
    }
    Dataset<Article> clustered = cachedRows(spark,
        marked != null ? marked.articles() : CopyClusters.alone(cleaned.unionByName(kept)), Article.ENCODER, cached);
    // The kept articles no compared article joins keep their published rows; the night counts them but does not carry
    // them through the stages, so that its cost follows its new articles.
    Column original = col("rejectReason").isNull().and(col("copyOf").isNull());
    Dataset<Article> untouched = (marked != null ? marked.untouched() : kept.limit(0)).withColumn("reused", original)
        .as(Article.ENCODER);
    long inputsSeen = inputs.count();
    long copies = clustered.filter(col("copyOf").isNotNull()).count();
    observer.stageEnded("copies", inputsSeen, "inputs", detectCopies
        ? inputsSeen + " inputs read; " + copies + " articles of this run's clusters are copies of another (annotated once, as their cluster); "
            + marked.candidates() + " published articles shared a min-hash with the articles compared"
        : inputsSeen + " inputs read; copy detection off (copies.min-similarity=0)");

    // Only articles that need annotating are spread over the partitions; the others pass through where they are, the
    // published ones annotated under this version marked reused.
    Column needsWork = original.and(not(CurrentAnnotation.annotated(version)));
    long toAnnotate = clustered.filter(needsWork).count();
    int cores = spark.sparkContext().defaultParallelism();
    // Small partitions (about 25 articles, at least 8 per core) keep both cores busy to the end and let the running
    // progress line move as each one ends.
    int partitions = annotatePartitions > 0 ? annotatePartitions
        : (int) Math.max(8L * cores, Math.min(10_000, (toAnnotate + 24) / 25));
    LongAccumulator articlesDone = spark.sparkContext().longAccumulator("articles annotated");
    Dataset<AnnotatedArticle> annotated = clustered.filter(needsWork)
        .repartition(partitions, col("articleId"))
        .mapPartitions(annotate.countingInto(articlesDone), AnnotatedArticle.ENCODER)
        .unionByName(clustered.filter(not(needsWork)).withColumn("reused", original).as(Article.ENCODER)
            .mapPartitions(annotate, AnnotatedArticle.ENCODER))
        .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(annotated::unpersist);
    try (Progress.Running running = observer.annotating(toAnnotate, articlesDone::value)) {
      annotated.count();
    }
    // The articles and sentences are kept as rows, in as many partitions as there are cores: the tables and the run's
    // counts read them several times, and each of the annotate stage's small partitions would cost a task each time.
    Dataset<Article> articles = annotated.map((MapFunction<AnnotatedArticle, Article>) AnnotatedArticle::getArticle, Article.ENCODER)
        .coalesce(cores).persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(articles::unpersist);
    Dataset<Sentence> fresh = annotated.flatMap(new SentencesOf(), Sentence.ENCODER).coalesce(cores).persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(fresh::unpersist);
    Dataset<Sentence> keptSentences = previous == null ? null
        : previous.sentencesOf(articles.filter(col("reused")).unionByName(untouched.filter(col("reused"))));
    Dataset<Article> untouchedInputs = untouched.join(broadcast(inputs.select("articleId")), new String[] {"articleId"}, "left_semi")
        .as(Article.ENCODER);
    RunSummary counts = RunSummary.of(InputAccount.of(inputs, articles.unionByName(untouchedInputs)).check(),
        articles.unionByName(untouched), fresh, 0);
    observer.stageEnded("annotate", counts.sentencesAnnotated(), "sentences", String.format(Locale.ROOT,
        "%d articles annotated (%d sentences, parse %s), %d kept from the published tables; %d sentences in all",
        counts.annotatedNow(), counts.sentencesAnnotated(), counts.parseStatuses(), counts.reused(), counts.sentences()));

    Dataset<Article> accepted = articles.filter(col("rejectReason").isNull());
    Dataset<Reject> rejects = articles.filter(col("rejectReason").isNotNull()).map((MapFunction<Article, Reject>) Reject::of, Reject.ENCODER);
    ArticleRows articleRows = articleRows(accepted, kept, previous);
    Dataset<Row> reused = accepted.filter(col("reused")).select(col("articleId"));
    Dataset<Row> changed = articleRows.changed();
    Dataset<Row> resentenced = changed.join(reused, changed.col("article_id").equalTo(reused.col("articleId")), "left_anti");
    return new Night(articleRows.rows(),
        new Rows(Tables.sentences(fresh), keptSentences == null ? null : Tables.sentences(keptSentences)),
        new Rows(ToneAggregates.articleTone(fresh), keptSentences == null ? null : ToneAggregates.articleTone(keptSentences)),
        new Rows(ToneAggregates.articleLeaderTone(fresh), keptSentences == null ? null
            : ToneAggregates.articleLeaderTone(keptSentences)),
        Published.rejects(previous, Tables.rejects(rejects), accepted),
        marked == null ? null : new Rows(marked.index(), marked.keptIndex()), indexKeys(intake.toClean()),
        changed, resentenced, counts, List.copyOf(cached));
  }

  /** {@code article_id, year} of {@code articles}, with no year: the keys of the copy index's rows a night replaces. */
  private static Dataset<Row> indexKeys(Dataset<Article> articles) {
    return articles.filter(col("articleId").isNotNull())
        .select(col("articleId").as("article_id"), lit(null).cast(DataTypes.IntegerType).as("year"));
  }

  /**
   * The rows of {@code rows}, cached under a plan of their own. A query over a cached dataset has Spark analyse that
   * dataset's whole lineage again, which here (reading, cleaning, copy detection) costs seconds of the driver's time
   * per query; over these rows it is a scan of the cache. A lost partition is still recomputed from the lineage,
   * which the RDD behind the new plan keeps.
   */
  private static <T> Dataset<T> cachedRows(SparkSession spark, Dataset<T> rows, Encoder<T> encoder, List<Runnable> cached) {
    Dataset<T> kept = spark.createDataset(rows.rdd(), encoder).persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(kept::unpersist);
    return kept;
  }

  /** The rows a night writes to {@code articles} ({@link Rows}), and the keys of the articles whose rows change. */
  record ArticleRows(Rows rows, Dataset<Row> changed) {}

  /**
   * The night's rows of {@code articles}, from the run's accepted articles (those cleaned tonight, and the kept ones
   * whose cluster may have changed, without their text, which the night does not read), all the {@code kept} articles
   * and the published rows. Articles cleaned tonight are written with their new rows; a kept
   * article is written again only when its cluster changed (a new copy joined it), as its published row with the new
   * cluster, which reads its text back from its year's partition; the other kept rows stay as they are. {@code changed}
   * holds {@code article_id, year} of the articles written or gone (published, rejected now), each with the year of its
   * published row and of its new one.
   */
  static ArticleRows articleRows(Dataset<Article> accepted, Dataset<Article> kept, Published previous) {
    Dataset<Row> keptIds = kept.select(col("articleId"));
    Column isKept = accepted.col("articleId").equalTo(keptIds.col("articleId"));
    Dataset<Row> cleaned = Tables.articles(accepted.join(keptIds, isKept, "left_anti").as(Article.ENCODER));
    Dataset<Row> keys = cleaned.select("article_id", "year");
    if (previous == null) {
      return new ArticleRows(new Rows(cleaned, null), keys);
    }
    Dataset<Row> published = previous.articleRows();
    String[] cluster = {"article_id", "year", "cluster_id", "cluster_size", "copy_of", "status"};
    Dataset<Row> clusterNow = Tables.articles(accepted.join(keptIds, isKept, "left_semi").as(Article.ENCODER)).select(cluster[0],
        Arrays.copyOfRange(cluster, 1, cluster.length));
    List<Row> regrouped = clusterNow.except(published.select(cluster[0], Arrays.copyOfRange(cluster, 1, cluster.length))).collectAsList();
    Dataset<Row> regroupedRows = published.limit(0);
    if (!regrouped.isEmpty()) {
      Dataset<Row> named = published.sparkSession().createDataFrame(regrouped, clusterNow.schema()).drop("year");
      regroupedRows = published
          .where(col("year").isin(regrouped.stream().map(r -> r.get(1)).filter(Objects::nonNull).distinct().toArray())
              .or(col("year").isNull()).and(col("article_id").isin(regrouped.stream().map(r -> r.get(0)).toArray())))
          .drop("cluster_id", "cluster_size", "copy_of", "status").join(named, "article_id")
          .select(Arrays.stream(published.columns()).map(c -> col(c)).toArray(Column[]::new));
    }
    Dataset<Row> publishedKeys = published.select("article_id", "year");
    Dataset<Row> acceptedIds = accepted.select(col("articleId").as("article_id"));
    Dataset<Row> gone = publishedKeys.join(acceptedIds, "article_id", "left_anti")
        .join(keptIds, publishedKeys.col("article_id").equalTo(keptIds.col("articleId")), "left_anti");
    Dataset<Row> movedFrom = publishedKeys.join(keys.select("article_id"), "article_id", "left_semi");
    Dataset<Row> unchanged = published.join(keptIds, published.col("article_id").equalTo(keptIds.col("articleId")), "left_semi")
        .join(regroupedRows.select("article_id"), "article_id", "left_anti");
    return new ArticleRows(new Rows(cleaned.unionByName(regroupedRows), unchanged),
        keys.unionByName(movedFrom).unionByName(gone).unionByName(regroupedRows.select("article_id", "year")));
  }

  /**
   * The aggregate tables by name, from the sums of the sentences and of who printed each story. The run computes them from
   * the tables it has just committed, not from the night's rows: their plans are then a file scan instead of the
   * night's whole lineage, and they read only the columns they need.
   */
  public static Map<String, Dataset<Row>> aggregates(SparkSession spark, ToneAggregates.Sums sums, List<Leader> leaders,
      Outlets outlets) {
    return aggregates(spark, sums, leaders, outlets, Map.of());
  }

  /** {@link #aggregates}, each table of the groups {@code only} gives it alone (of all when it gives none). */
  static Map<String, Dataset<Row>> aggregates(SparkSession spark, ToneAggregates.Sums sums, List<Leader> leaders,
      Outlets outlets, Map<String, Dataset<Row>> only) {
    Dataset<Row> leaderNames = leaderTable(spark, leaders);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.TONE_BY_YEAR, ToneAggregates.byYear(sums, only.get(Tables.TONE_BY_YEAR)));
    tables.put(Tables.TONE_BY_OUTLET, ToneAggregates.byOutlet(sums, only.get(Tables.TONE_BY_OUTLET)));
    tables.put(Tables.TONE_BY_LEADER, ToneAggregates.byLeader(sums, leaderNames, only.get(Tables.TONE_BY_LEADER)));
    tables.put(Tables.TONE_BY_YEAR_OUTLET, ToneAggregates.byYearAndOutlet(sums, only.get(Tables.TONE_BY_YEAR_OUTLET)));
    tables.put(Tables.TONE_BY_YEAR_LEADER, ToneAggregates.byYearAndLeader(sums, leaderNames, only.get(Tables.TONE_BY_YEAR_LEADER)));
    tables.put(Tables.TONE_BY_OUTLET_GROUP,
        ToneAggregates.byOutletGroup(sums, groupTable(spark, outlets), only.get(Tables.TONE_BY_OUTLET_GROUP)));
    return tables;
  }

  /**
   * The aggregate tables after a night, from the last night's ({@code last}) and the sums: each group a changed
   * article falls in, before the night or after it, is computed again from {@code all}, the sums of every article;
   * the other groups keep their rows. {@code changed} are the old and the new sums, together, of the changed articles
   * and of the stories they were or are copies of: only the groups they fall in are read from them, and mixing old
   * and new rows can name a group more (an old story with a new printer), never one less. A group's row depends on
   * its own articles only, so the tables are those a computation over every article gives, at the cost of the groups
   * the night touched. Returns each table with the number of its groups computed again.
   */
  static Map<String, Updated> updatedAggregates(SparkSession spark, Map<String, Dataset<Row>> last, ToneAggregates.Sums changed,
      ToneAggregates.Sums all, List<Leader> leaders, Outlets outlets) {
    Map<String, Dataset<Row>> theirs = aggregates(spark, changed, leaders, outlets);
    Map<String, Dataset<Row>> touched = new LinkedHashMap<>();
    for (String table : Tables.AGGREGATES) {
      Column[] keys = Tables.AGGREGATE_KEYS.get(table).stream().map(functions::col).toArray(Column[]::new);
      Dataset<Row> groups = theirs.get(table).select(keys);
      touched.put(table, spark.createDataFrame(groups.collectAsList(), groups.schema()));
    }
    Map<String, Dataset<Row>> computed = aggregates(spark, all, leaders, outlets, touched);
    Map<String, Updated> tables = new LinkedHashMap<>();
    for (String table : Tables.AGGREGATES) {
      Dataset<Row> kept = last.get(table);
      Dataset<Row> groups = touched.get(table);
      Column match = ToneAggregates.sameGroup(kept, groups, Tables.AGGREGATE_KEYS.get(table).toArray(String[]::new));
      tables.put(table, new Updated(kept.join(broadcast(groups), match, "left_anti").unionByName(computed.get(table)),
          groups.count()));
    }
    return tables;
  }

  /**
   * The articles whose sums a night's aggregates must read before and after it: the {@code changed} ones and the
   * stories they were ({@code before}) or are ({@code after}) copies of, whose sums count for every outlet that printed
   * them.
   */
  static Set<String> affected(Set<String> changed, Dataset<Article> before, Dataset<Article> after) {
    Set<String> affected = new TreeSet<>(changed);
    for (Dataset<Article> articles : List.of(before, after)) {
      articles.filter(col("articleId").isInCollection(changed).and(col("copyOf").isNotNull()))
          .select("copyOf").as(Encoders.STRING()).collectAsList().forEach(affected::add);
    }
    return affected;
  }

  /** An aggregate table after a night, with the number of its groups the night computed again. */
  record Updated(Dataset<Row> rows, long groupsComputed) {}

  /** {@code outlet, outlet_group} for the outlets {@code outlets.csv} gives a group. */
  private static Dataset<Row> groupTable(SparkSession spark, Outlets outlets) {
    StructType schema = new StructType().add("outlet", DataTypes.StringType).add("outlet_group", DataTypes.StringType);
    List<Row> rows = outlets.groups().entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).collect(Collectors.toList());
    return spark.createDataFrame(rows, schema);
  }

  private static Dataset<Row> leaderTable(SparkSession spark, List<Leader> leaders) {
    StructType schema = new StructType()
        .add("leader_id", DataTypes.StringType)
        .add("leader_name", DataTypes.StringType)
        .add("country", DataTypes.StringType);
    List<Row> rows = leaders.stream().map(l -> RowFactory.create(l.id(), l.name(), l.country())).collect(Collectors.toList());
    return spark.createDataFrame(rows, schema);
  }

  /** The sentences of an annotated article. */
  static final class SentencesOf implements FlatMapFunction<AnnotatedArticle, Sentence> {
    @Override
    public Iterator<Sentence> call(AnnotatedArticle article) {
      return article.getSentences().iterator();
    }
  }
}
