package org.tonewatch.job;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tonewatch.UsageException;
import org.tonewatch.aggregate.ToneAggregates;
import org.tonewatch.annotate.AnnotatePartition;
import org.tonewatch.annotate.AnnotatedArticle;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.copies.CopyClusters;
import org.tonewatch.reference.Outlets;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.clean.CleanArticle;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.Ingest;
import org.tonewatch.ingest.InputFolder;
import org.tonewatch.ingest.Reject;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.TableHash;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The nightly job: a folder of articles in, the warehouse's Parquet tables out (ingest → clean → annotate →
 * aggregate → publish). {@code main} parses the options and builds the session; {@link #run} does the work.
 */
@Command(name = "nightly-job", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Annotates every sentence of every article with sentiment, tone toward Russia and the leaders it "
        + "names, and writes the tables articles, sentences, rejects, tone_by_year, tone_by_leader and tone_by_outlet "
        + "as Parquet under the warehouse folder. Spark settings (master, memory) come from spark-submit --conf; "
        + "without a master the job runs in local[*].",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run completed (rejected inputs are listed in the rejects table)", "1:the run failed",
        "2:bad options or settings"})
public final class NightlyJob implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "DIR", description = "folder of articles (.txt with an optional manifest.csv; news-please .json/.jsonl)")
  String input;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "folder the tables are written under")
  String warehouse;

  @Option(names = "--config", paramLabel = "FILE", description = "a properties file of job settings (see jobs/conf/nightly.properties)")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "one job setting, over the config file (repeatable), e.g. --set nlp.parser=pcfg")
  Map<String, String> settings = new LinkedHashMap<>();

  public static void main(String[] args) {
    System.exit(new CommandLine(new NightlyJob()).execute(args));
  }

  @Override
  public Integer call() {
    Map<String, String> overrides = new LinkedHashMap<>(settings);
    if (input != null) {
      overrides.put("input", input);
    }
    if (warehouse != null) {
      overrides.put("warehouse", warehouse);
    }
    JobConf conf;
    try {
      conf = JobConf.from(config, overrides);
    } catch (UsageException e) {
      System.err.println("nightly-job: " + e.getMessage());
      return 2;
    }
    SparkSession spark = session("tonewatch-nightly");
    try {
      RunSummary summary = run(spark, conf);
      System.out.println(summary.line());
      return 0;
    } catch (UsageException e) {
      System.err.println("nightly-job: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      System.err.println("nightly-job: the run failed: " + e.getMessage());
      e.printStackTrace();
      return 1;
    } finally {
      spark.stop();
    }
  }

  /**
   * The session: spark-submit's master when there is one, else {@code local[*]} with a few shuffle partitions. The job caches its annotated rows,
   * and Spark keeps 200 shuffle partitions under a cached plan unless told it may coalesce them; that default is
   * changed here unless spark-submit set it.
   */
  static SparkSession session(String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    String master = System.getProperty("spark.master");
    if (master == null) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    if ((master == null || master.startsWith("local")) && System.getProperty(SHUFFLE_PARTITIONS) == null) {
      // One JVM: a few shuffle partitions per core instead of Spark's 200, which cost more to schedule than to run.
      builder.config(SHUFFLE_PARTITIONS, Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
    }
    if (System.getProperty(COALESCE_CACHED) == null) {
      builder.config(COALESCE_CACHED, "true");
    }
    return builder.getOrCreate();
  }

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String COALESCE_CACHED = "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning";

  /** Reads the input folder, annotates it and writes every table; returns the run's counts. */
  public static RunSummary run(SparkSession spark, JobConf conf) {
    Progress progress = new Progress();
    java.time.Instant started = java.time.Instant.now();
    ReferenceData reference = conf.referenceDir().isEmpty() ? ReferenceData.bundled() : ReferenceData.in(Path.of(conf.referenceDir()));
    List<Leader> leaders = Leaders.load(reference);
    String version = AnnotationVersion.of(conf, reference);
    AnnotatePartition annotate = new AnnotatePartition(conf.nlp(), LeaderGazetteer.from(reference),
        RussiaMentionFinder.load(reference), ToneModels.named(conf.toneModel(), conf.toneModelPath(), reference), version);
    ArticleCleaner cleaner = ArticleCleaner.load(reference);
    String runId = runId(started);
    Warehouse warehouse = new Warehouse(conf.warehouse(), runId);
    Published previous = Published.read(spark, warehouse);

    InputFolder.Listing listing = InputFolder.joined(spark, conf.input());
    progress.stage("ingest", listing.files() + " files listed in " + conf.input()
        + (listing.hasManifest() ? " with " : " without ") + InputFolder.MANIFEST);
    failAfter(conf, "ingest");
    Outlets outlets = Outlets.load(reference);
    // The published articles come back with the new input: a run adds to the tables, and annotates only articles it
    // has not annotated under this annotation version (see AnnotatePartition).
    Dataset<Article> incoming = Ingest.articles(listing.rows(), conf.maxCharacters(), outlets);
    Dataset<Article> all = previous == null ? incoming
        : previous.articles().unionByName(incoming.join(previous.articles().select("articleId"),
            incoming.col("articleId").equalTo(previous.articles().col("articleId")), "left_anti").as(Article.ENCODER));
    Dataset<Article> cleaned = all
        .map(new CleanArticle(cleaner, outlets), Article.ENCODER)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Article> clustered = conf.copiesMinSimilarity() > 0
        ? CopyClusters.mark(spark, cleaned, conf.copiesMinSimilarity(), version)
        : CopyClusters.alone(cleaned);
    progress.stage("copies", conf.copiesMinSimilarity() > 0
        ? clustered.filter(col("copyOf").isNotNull()).count() + " articles are copies of another (annotated once, as their cluster)"
        : "copy detection off (copies.min-similarity=0)");
    failAfter(conf, "copies");

    int partitions = conf.annotatePartitions() > 0 ? conf.annotatePartitions() : 8 * spark.sparkContext().defaultParallelism();
    Dataset<AnnotatedArticle> annotated = clustered
        .repartition(partitions, col("articleId"))
        .mapPartitions(annotate, AnnotatedArticle.ENCODER)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Article> articles = annotated.map((MapFunction<AnnotatedArticle, Article>) AnnotatedArticle::getArticle, Article.ENCODER);
    // Kept as rows too: three tables and the aggregates read them, and decoding whole articles each time costs more.
    Dataset<Sentence> fresh = annotated.flatMap(new SentencesOf(), Sentence.ENCODER);
    Dataset<Sentence> sentences = (previous == null ? fresh : fresh.unionByName(previous.sentencesOf(articles.filter(col("reused")))))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long sentenceCount = sentences.count();
    progress.stage("annotate", String.format(Locale.ROOT, "%d articles annotated, %d kept from the published tables; %d sentences in all",
        articles.filter(col("status").equalTo("annotated").and(col("reused").equalTo(false))).count(),
        articles.filter(col("reused")).count(), sentenceCount));
    failAfter(conf, "annotate");

    Dataset<Article> accepted = articles.filter(col("rejectReason").isNull());
    Dataset<Reject> rejects = articles.filter(col("rejectReason").isNotNull()).map((MapFunction<Article, Reject>) Reject::of, Reject.ENCODER);
    together(
        () -> warehouse.writeByYear(Tables.articles(accepted), Tables.ARTICLES, "article_id"),
        () -> warehouse.writeByYear(Tables.sentences(sentences), Tables.SENTENCES, "article_id", "sentence_index"),
        () -> warehouse.writeSmall(Published.rejects(previous, Tables.rejects(rejects), accepted), Tables.REJECTS));
    progress.stage("publish", "articles, sentences and rejects written to " + conf.warehouse());
    failAfter(conf, "publish");

    ToneAggregates.register(spark);
    Dataset<Row> leaderNames = leaderTable(spark, leaders);
    together(
        () -> warehouse.writeSmall(ToneAggregates.byYear(sentences), Tables.TONE_BY_YEAR),
        () -> warehouse.writeSmall(ToneAggregates.byOutlet(sentences, accepted), Tables.TONE_BY_OUTLET, "outlet", "view"),
        () -> warehouse.writeSmall(ToneAggregates.byLeader(sentences, leaderNames), Tables.TONE_BY_LEADER, "leader_id", "view"),
        () -> warehouse.writeSmall(ToneAggregates.byYearAndOutlet(sentences, accepted), Tables.TONE_BY_YEAR_OUTLET, "year", "outlet", "view"),
        () -> warehouse.writeSmall(ToneAggregates.byYearAndLeader(sentences, leaderNames), Tables.TONE_BY_YEAR_LEADER, "year", "leader_id", "view"));
    progress.stage("aggregate", "tone_by_year, tone_by_outlet, tone_by_leader, tone_by_year_outlet and tone_by_year_leader written");
    failAfter(conf, "aggregate");
    Map<String, String> hashes = new java.util.TreeMap<>();
    for (String table : Tables.VERSIONED) {
      hashes.put(table, TableHash.of(spark.read().parquet(warehouse.staged(table))));
    }
    warehouse.publish(Tables.VERSIONED);
    progress.stage("switch", "readers now see version " + runId + " of every table");
    failAfter(conf, "switch");

    RunSummary summary = RunSummary.of(articles, progress.secondsSinceStart());
    RunRecord.append(spark, warehouse, runId, conf, summary, started, hashes);
    sentences.unpersist();
    annotated.unpersist();
    cleaned.unpersist();
    return summary;
  }

  /**
   * Runs independent writes as concurrent Spark jobs. Each is small next to the annotation and spends most of its
   * time waiting on scheduling, which overlaps; the files are the same as when they run one after another.
   */
  private static void together(Runnable... writes) {
    ExecutorService pool = Executors.newFixedThreadPool(writes.length);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable write : writes) {
        running.add(pool.submit(write));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the tables", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The fault switch of the tests ({@code faults.fail-after}): the run stops with an error after {@code stage}. */
  static void failAfter(JobConf conf, String stage) {
    if (stage.equals(conf.failAfter())) {
      throw new IllegalStateException("fault injected after stage " + stage + " (faults.fail-after)");
    }
  }

  /** A run's id: its start time, sortable, and a random suffix so that two runs started together differ. */
  static String runId(java.time.Instant started) {
    String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(started);
    return time + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
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
    public java.util.Iterator<Sentence> call(AnnotatedArticle article) {
      return article.getSentences().iterator();
    }
  }
}
