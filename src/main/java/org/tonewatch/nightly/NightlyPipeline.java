package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
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
import org.tonewatch.publish.TableHash;
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
   * What a night commits, as table rows: {@code articles} and {@code sentences} (every accepted article and its
   * sentences, the kept ones included), {@code rejects} (tonight's and the published ones, but for inputs that are
   * articles now), {@code copyIndex} (null when copy detection is off), {@code articleTone} and
   * {@code articleLeaderTone} (the sentences' per-article sums that the aggregates are computed from,
   * {@link ToneAggregates#articleTone}) and {@code changed} ({@code article_id, year} of the articles whose rows
   * change, with the year of their published rows and of their new ones). {@code counts} are the run's, without its
   * time.
   */
  public record Night(Dataset<Row> articles, Dataset<Row> sentences, Dataset<Row> rejects, Dataset<Row> copyIndex,
      Dataset<Row> articleTone, Dataset<Row> articleLeaderTone, Dataset<Row> changed, RunSummary counts, List<Runnable> cached) {
    /** Drops the cached rows, once the night is committed. */
    public void release() {
      cached.forEach(Runnable::run);
    }
  }

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
    Dataset<Article> cleaned = cachedRows(spark, intake.toClean().map(new CleanArticle(cleaner, outlets), Article.ENCODER),
        Article.ENCODER, cached);
    CopyClusters.Marked marked = detectCopies
        ? CopyClusters.mark(spark, cleaned, intake.kept(), index, copiesMinSimilarity, version)
        : null;
    if (marked != null) {
      cached.add(marked::release);
    }
    Dataset<Article> clustered = cachedRows(spark,
        marked != null ? marked.articles() : CopyClusters.alone(cleaned.unionByName(intake.kept())), Article.ENCODER, cached);
    long inputsSeen = inputs.count();
    long copies = clustered.filter(col("copyOf").isNotNull()).count();
    observer.stageEnded("copies", inputsSeen, "inputs", detectCopies
        ? inputsSeen + " inputs read; " + copies + " articles are copies of another (annotated once, as their cluster)"
        : inputsSeen + " inputs read; copy detection off (copies.min-similarity=0)");

    // Only articles that need annotating are spread over the partitions; the others pass through where they are, the
    // published ones annotated under this version marked reused.
    Column original = col("rejectReason").isNull().and(col("copyOf").isNull());
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
    Dataset<Sentence> fresh = annotated.flatMap(new SentencesOf(), Sentence.ENCODER);
    Dataset<Sentence> sentences = (previous == null ? fresh : fresh.unionByName(previous.sentencesOf(articles.filter(col("reused")))))
        .coalesce(cores).persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(sentences::unpersist);
    RunSummary counts = RunSummary.of(InputAccount.of(inputs, articles).check(), articles, fresh, 0);
    observer.stageEnded("annotate", counts.sentencesAnnotated(), "sentences", String.format(Locale.ROOT,
        "%d articles annotated (%d sentences, parse %s), %d kept from the published tables; %d sentences in all",
        counts.annotatedNow(), counts.sentencesAnnotated(), counts.parseStatuses(), counts.reused(), counts.sentences()));

    Dataset<Article> accepted = articles.filter(col("rejectReason").isNull());
    Dataset<Reject> rejects = articles.filter(col("rejectReason").isNotNull()).map((MapFunction<Article, Reject>) Reject::of, Reject.ENCODER);
    Dataset<Row> articleRows = Tables.articles(accepted);
    Dataset<Row> changed = changedArticles(articleRows, previous == null ? null : previous.articleRows(),
        accepted.filter(not(col("reused"))));
    return new Night(articleRows, Tables.sentences(sentences), Published.rejects(previous, Tables.rejects(rejects), accepted),
        marked == null ? null : marked.index(), ToneAggregates.articleTone(sentences), ToneAggregates.articleLeaderTone(sentences),
        changed, counts, List.copyOf(cached));
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

  /**
   * The articles whose rows a night changes ({@code article_id, year}), with the year of their published rows and of
   * their new ones: an article that is new, gone (rejected now) or whose row differs from the published one, and one
   * annotated tonight (its sentences are new even when its row is not). {@code before} is null when nothing is
   * published.
   */
  static Dataset<Row> changedArticles(Dataset<Row> now, Dataset<Row> before, Dataset<Article> annotatedNow) {
    Dataset<Row> annotated = annotatedNow.select(col("articleId").as("article_id"), col("year"));
    if (before == null) {
      return now.select("article_id", "year").unionByName(annotated);
    }
    Dataset<Row> after = now.select(col("article_id"), col("year"), TableHash.rowHash(now).as("row_hash"));
    Dataset<Row> published = before.select(col("article_id"), col("year"), TableHash.rowHash(before).as("row_hash"));
    Column same = after.col("article_id").equalTo(published.col("article_id")).and(after.col("row_hash").equalTo(published.col("row_hash")));
    return after.join(published, same, "left_anti").select("article_id", "year")
        .unionByName(published.join(after, same, "left_anti").select("article_id", "year"))
        .unionByName(annotated);
  }

  /**
   * The aggregate tables by name, from the sums of the sentences and the accepted articles. The run computes them from
   * the tables it has just committed, not from the night's rows: their plans are then a file scan instead of the
   * night's whole lineage, and they read only the columns they need.
   */
  public static Map<String, Dataset<Row>> aggregates(SparkSession spark, ToneAggregates.Sums sums, Dataset<Article> articles,
      List<Leader> leaders, Outlets outlets) {
    Dataset<Row> leaderNames = leaderTable(spark, leaders);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.TONE_BY_YEAR, ToneAggregates.byYear(sums));
    tables.put(Tables.TONE_BY_OUTLET, ToneAggregates.byOutlet(sums, articles));
    tables.put(Tables.TONE_BY_LEADER, ToneAggregates.byLeader(sums, leaderNames));
    tables.put(Tables.TONE_BY_YEAR_OUTLET, ToneAggregates.byYearAndOutlet(sums, articles));
    tables.put(Tables.TONE_BY_YEAR_LEADER, ToneAggregates.byYearAndLeader(sums, leaderNames));
    tables.put(Tables.TONE_BY_OUTLET_GROUP, ToneAggregates.byOutletGroup(sums, articles, groupTable(spark, outlets)));
    return tables;
  }

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
