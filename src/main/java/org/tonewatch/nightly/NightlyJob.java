package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.UsageException;
import org.tonewatch.aggregate.AdjustedTone;
import org.tonewatch.aggregate.ToneAggregates;
import org.tonewatch.annotate.AnnotatePartition;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.copies.CopyClusters;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.Ingest;
import org.tonewatch.ingest.InputFolder;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.TableHash;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The nightly job: a folder of articles in, the warehouse's Delta tables out (ingest → clean → annotate →
 * publish → aggregate → record). {@code main} parses the options and builds the session; {@link #run} does the work.
 */
@Command(name = "nightly-job", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Annotates every sentence of every article with sentiment, tone toward Russia and the leaders it "
        + "names, and writes the tables articles, sentences, rejects, runs and the tone_by_* tables as Delta Lake tables "
        + "under the warehouse (a folder, hdfs://... or s3a://...). Spark settings (master, memory) come from spark-submit --conf; "
        + "without a master the job runs in local[*].",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run completed (rejected inputs are listed in the rejects table)", "1:the run failed",
        "2:bad options or settings"})
public final class NightlyJob implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "DIR", description = "folder of articles (.txt with an optional manifest.csv; news-please .json/.jsonl)")
  String input;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "where the tables are written: a folder, or a Hadoop URI (hdfs://..., s3a://...)")
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
    SparkSession spark = null;
    try {
      spark = session("tonewatch-nightly");
      RunSummary summary = run(spark, conf);
      System.out.println(summary.line());
      return 0;
    } catch (UsageException e) {
      System.err.println("nightly-job: " + e.getMessage());
      return 2;
    } catch (Throwable e) {
      if (System.getenv("TONEWATCH_STACK_TRACES") != null) {
        e.printStackTrace();
      }
      System.err.println("nightly-job: the run failed: " + rootCause(e));
      return 1;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  /**
   * The innermost cause's own message ("No space left on device"), not its wrappers' ("Job aborted due to stage
   * failure", "Boxed Exception"), with its class when the message alone would not say what happened.
   */
  static String rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
    String type = root.getClass().getSimpleName();
    if (message.isEmpty()) {
      return type;
    }
    return root instanceof java.io.IOException || root instanceof IllegalStateException ? message : message + " (" + type + ")";
  }

  /**
   * The session: spark-submit's master when there is one, else {@code local[*]} with a few shuffle partitions. The job caches its annotated rows,
   * and Spark keeps 200 shuffle partitions under a cached plan unless told it may coalesce them; that default and the
   * cost of opening a file are changed here unless spark-submit set them.
   */
  public static SparkSession session(String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    String master = System.getProperty("spark.master");
    if (master == null) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    if ((master == null || master.startsWith("local")) && System.getProperty(SHUFFLE_PARTITIONS) == null) {
      // One JVM: a few shuffle partitions per core instead of Spark's 200, which cost more to schedule than to run.
      builder.config(SHUFFLE_PARTITIONS, Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
    }
    Warehouse.withDelta(builder);
    if (System.getProperty(COALESCE_CACHED) == null) {
      builder.config(COALESCE_CACHED, "true");
    }
    if (System.getProperty(OPEN_COST) == null) {
      // An article is a file of a few kilobytes; at Spark's default cost of 4 MB per file opened, ten thousand of them
      // would be read in hundreds of tiny tasks.
      builder.config(OPEN_COST, Integer.toString(64 * 1024));
    }
    return builder.getOrCreate();
  }

  public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  public static final String COALESCE_CACHED = "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning";
  public static final String OPEN_COST = "spark.sql.files.openCostInBytes";

  /**
   * Reads the input folder and the last night's tables, runs the {@link NightlyPipeline} over them, commits the
   * changed rows of every table and records the run in {@code runs}, last; returns the run's counts. Each stage
   * prints a progress line. Readers of a night ({@link Snapshot}) see nothing of this run before its {@code runs} row;
   * what a run that died before it committed is rolled back by the next run, first.
   */
  public static RunSummary run(SparkSession spark, JobConf conf) {
    // Read: the settings, the reference data, the last night's tables and the input folder.
    Progress progress = new Progress();
    Instant started = Instant.now();
    Setup setup = Setup.of(conf);
    AnnotatePartition annotate = new AnnotatePartition(conf.nlp(), LeaderGazetteer.from(setup.reference()),
        RussiaMentionFinder.load(setup.reference()), setup.tone(), setup.version()).failingFirstAttemptOf(conf.failFirstAttempt());
    NightlyPipeline pipeline = new NightlyPipeline(ArticleCleaner.load(setup.reference()), setup.outlets(), annotate,
        setup.version(), conf.copiesMinSimilarity(), conf.annotatePartitions());
    Warehouse warehouse = new Warehouse(spark, conf.warehouse());
    warehouse.checkUsable(conf.warehouseMinFreeMegabytes());
    InputFolder.Listing listing = InputFolder.read(spark, conf.input(), 4L * conf.maxCharacters() + 4);
    Snapshot last = Snapshot.latest(warehouse);
    for (String undone : warehouse.rollBackTo(last, WRITTEN)) {
      System.err.println("[nightly] rolled back what a run that did not complete left: " + undone);
    }
    Published previous = Published.read(last);
    progress.stage("ingest", listing.entries(), "entries", listing.entries() + " entries listed in " + conf.input()
        + (listing.hasManifest() ? " with " : " without ") + InputFolder.MANIFEST);
    failAfter(conf, "ingest");
    Dataset<Article> incoming = Ingest.articles(listing.rows(), conf.maxCharacters(), setup.outlets(),
        LocalDate.ofInstant(started, ZoneOffset.UTC));

    // Transform: clean → copies → annotate, with no I/O.
    NightlyPipeline.Night night = pipeline.run(spark, incoming, previous, new ProgressAndFaults(progress, conf));

    // Commit, aggregate and record.
    return publish(spark, conf, setup, warehouse, last, night, progress, started);
  }

  /**
   * The commit this build was made from ({@code -dirty} with uncommitted changes): a night computes again only the
   * aggregate groups its articles fall in when the last night's build was the same clean commit.
   */
  public static String buildCommit() {
    return BuildInfo.CURRENT.commit();
  }

  /**
   * What a run's annotation and aggregates rest on besides the articles: the reference tables, the leaders and outlets
   * read from them, the tone model and the annotation version these and the settings make.
   */
  public record Setup(ReferenceData reference, List<Leader> leaders, Outlets outlets, ToneModel tone, String version) {
    public static Setup of(JobConf conf) {
      ReferenceData reference = conf.referenceDir().isEmpty() ? ReferenceData.bundled() : ReferenceData.in(Path.of(conf.referenceDir()));
      ToneModel tone = ToneModels.named(conf.toneModel(), conf.toneModelPath(), reference);
      return new Setup(reference, Leaders.load(reference), Outlets.load(reference), tone, AnnotationVersion.of(conf, tone, reference));
    }
  }

  /**
   * Publishes a night built elsewhere ({@link NightlyPipeline.Night#annotatedElsewhere}, the archive benchmark's
   * synthetic rows) into the warehouse of {@code conf} as a run of its own, through the same commit, aggregates and
   * {@code runs} row as a night; returns its counts.
   */
  public static RunSummary publish(SparkSession spark, JobConf conf, NightlyPipeline.Night night) {
    Warehouse warehouse = new Warehouse(spark, conf.warehouse());
    return publish(spark, conf, Setup.of(conf), warehouse, Snapshot.latest(warehouse), night, new Progress(), Instant.now());
  }

  /**
   * Commits the night's rows, then its aggregates over them, then each changed table's fingerprint and the run's row of
   * {@code runs}, last; returns the run's counts with its time.
   */
  private static RunSummary publish(SparkSession spark, JobConf conf, Setup setup, Warehouse warehouse, Snapshot last,
      NightlyPipeline.Night night, Progress progress, Instant started) {
    Published.Record lastRecord = Published.Record.of(last);
    RunSummary counts = night.counts();
    Warehouse.Changes changed = Warehouse.Changes.of(night.changed());
    Warehouse.Changes resentenced = Warehouse.Changes.of(night.resentenced());
    Map<String, Long> versions = commit(warehouse, night, changed, resentenced);
    progress.stage("publish", counts.articles() + counts.sentences(), "rows", "articles, sentences and rejects committed to "
        + warehouse.root() + " (versions " + versions + "); readers see them once the run is recorded");
    failAfter(conf, "publish");
    night.release();

    // Aggregate: the aggregates over the sums just committed, unless they would be the last night's.
    String builtFrom = BuildInfo.CURRENT.commit();
    if (lastRecord != null && lastRecord.sameAggregates(last, versions, setup.version(), builtFrom)) {
      Tables.AGGREGATES.forEach(table -> versions.put(table, last.versions().get(table)));
      progress.stage("aggregate", 0, "sentences", "tone_by_* kept as the last run committed them: the same articles and "
          + "sentences, annotation version " + setup.version() + " and build " + builtFrom);
    } else {
      boolean byGroup = lastRecord != null && lastRecord.updatableAggregates(last, setup.version(), builtFrom)
          && !changed.everything() && !resentenced.everything();
      progress.stage("aggregate", counts.sentences(), "sentences", aggregate(spark, warehouse, versions, setup,
          byGroup ? last : null, byGroup ? ids(changed, resentenced) : null));
    }
    failAfter(conf, "aggregate");

    // Record: each changed table's fingerprint, then the run's row of runs, last.
    String runId = runId(started);
    Fingerprints fingerprints = fingerprints(warehouse, versions, last, lastRecord,
        Map.of(Tables.ARTICLES, changed, Tables.SENTENCES, resentenced));
    Map<String, String> hashes = fingerprints.hashes();
    progress.stage("record", hashes.size(), "tables", "fingerprints of " + (hashes.size() - fingerprints.unchanged())
        + " changed tables taken (" + fingerprints.unchanged() + " unchanged since the last run); recording run "
        + runId + " in runs, after which readers see its tables");
    RunSummary summary = counts.withSeconds(progress.secondsSinceStart());
    String models = BuildInfo.CURRENT.corenlpModels() + " (" + conf.nlp().models() + "); tone model " + setup.tone().version();
    RunRecord.Facts facts = new RunRecord.Facts(runId, started, conf.input(), progress.stages(), models, setup.version(),
        conf.asMap(), hashes, versions);
    warehouse.append(RunRecord.row(spark, facts, summary), Tables.RUNS);
    failAfter(conf, "record");
    return summary;
  }

  /** Commits the night's rows of every table but the aggregates and {@code runs}, concurrently; returns their versions. */
  private static Map<String, Long> commit(Warehouse warehouse, NightlyPipeline.Night night, Warehouse.Changes changed,
      Warehouse.Changes resentenced) {
    Map<String, Long> versions = new ConcurrentSkipListMap<>();
    together(
        () -> versions.put(Tables.ARTICLES, replace(warehouse, night.articles(), Tables.ARTICLES, changed, "article_id")),
        () -> versions.put(Tables.SENTENCES, replace(warehouse, night.sentences(), Tables.SENTENCES, resentenced, "article_id", "sentence_index")),
        () -> versions.put(Tables.ARTICLE_TONE, replace(warehouse, night.articleTone(), Tables.ARTICLE_TONE, resentenced, "article_id")),
        () -> versions.put(Tables.ARTICLE_LEADER_TONE,
            replace(warehouse, night.articleLeaderTone(), Tables.ARTICLE_LEADER_TONE, resentenced, "article_id", "leader_id")),
        () -> versions.put(Tables.REJECTS, warehouse.overwrite(night.rejects(), Tables.REJECTS)),
        () -> {
          if (night.copyIndex() != null) {
            versions.put(CopyClusters.INDEX, warehouse.replaceIds(night.copyIndex().changed(), night.copyIndex().unchanged(),
                CopyClusters.INDEX, "articleId", Warehouse.Changes.of(night.reindexed())));
          }
        });
    return versions;
  }

  private static long replace(Warehouse warehouse, NightlyPipeline.Rows rows, String table, Warehouse.Changes changes, String... sort) {
    return warehouse.replaceArticles(rows.changed(), rows.unchanged(), table, changes, sort);
  }

  /**
   * Commits the {@code tone_by_*} tables, computed from the articles and per-article sums at {@code versions}, and adds
   * their versions; returns what the progress line says of them. With {@code last}, whose aggregates were computed as
   * tonight's are ({@link Published.Record#updatableAggregates}), only the groups that the articles of {@code changed} fall in are
   * computed again ({@link NightlyPipeline#updatedAggregates}); with null, every group.
   */
  private static String aggregate(SparkSession spark, Warehouse warehouse, Map<String, Long> versions, Setup setup,
      Snapshot last, Set<String> changed) {
    AdjustedTone adjustment = AdjustedTone.forModel(setup.tone());
    ToneAggregates.register(spark, adjustment);
    ToneAggregates.Sums sums = sumsAt(warehouse, versions);
    sums.materialize();
    String what;
    if (last == null) {
      Map<String, Dataset<Row>> aggregates = NightlyPipeline.aggregates(spark, sums, setup.leaders(), setup.outlets());
      together(aggregates.entrySet().stream()
          .map(t -> (Runnable) () -> versions.put(t.getKey(), overwriteAggregate(warehouse, t.getValue(), t.getKey())))
          .toArray(Runnable[]::new));
      what = "every group computed";
    } else {
      Set<String> affected = NightlyPipeline.affected(changed,
          Tables.articleBeans(warehouse.read(Tables.ARTICLES, last.versions().get(Tables.ARTICLES))),
          Tables.articleBeans(warehouse.read(Tables.ARTICLES, versions.get(Tables.ARTICLES))));
      ToneAggregates.Sums changedSums = changedSums(warehouse, last.versions(), versions, affected);
      Map<String, Dataset<Row>> lastTables = new LinkedHashMap<>();
      Tables.AGGREGATES.forEach(table -> lastTables.put(table, last.read(table)));
      Map<String, NightlyPipeline.Updated> updated = NightlyPipeline.updatedAggregates(spark, lastTables, changedSums, sums,
          setup.leaders(), setup.outlets());
      together(updated.entrySet().stream()
          .map(t -> (Runnable) () -> versions.put(t.getKey(), t.getValue().groupsComputed() == 0 ? last.versions().get(t.getKey())
              : overwriteAggregate(warehouse, t.getValue().rows(), t.getKey())))
          .toArray(Runnable[]::new));
      changedSums.release();
      what = "the groups of the " + changed.size() + " changed articles computed again ("
          + updated.values().stream().mapToLong(NightlyPipeline.Updated::groupsComputed).sum() + " groups), the others' rows kept";
    }
    sums.release();
    return "tone_by_year, tone_by_outlet, tone_by_leader, tone_by_year_outlet, tone_by_year_leader and tone_by_outlet_group committed, "
        + what + (adjustment == null ? "; adj_* columns left null: tone model " + setup.tone().version() + " has no measured error rates"
            : "; adj_* columns corrected for error rates measured on " + adjustment.labelledPairs() + " labelled pairs");
  }

  /** The per-article sums of every article at {@code versions}. */
  private static ToneAggregates.Sums sumsAt(Warehouse warehouse, Map<String, Long> versions) {
    return ToneAggregates.sums(warehouse.read(Tables.ARTICLE_TONE, versions.get(Tables.ARTICLE_TONE)),
        warehouse.read(Tables.ARTICLE_LEADER_TONE, versions.get(Tables.ARTICLE_LEADER_TONE)),
        Tables.articleBeans(warehouse.read(Tables.ARTICLES, versions.get(Tables.ARTICLES))));
  }

  /** The sums of {@code articles}, and of the outlets that printed them, at both {@code before} and {@code after}, together. */
  private static ToneAggregates.Sums changedSums(Warehouse warehouse, Map<String, Long> before, Map<String, Long> after,
      Set<String> articles) {
    Column named = col("article_id").isInCollection(articles);
    Dataset<Row> tone = null;
    Dataset<Row> leaderTone = null;
    Dataset<Article> printers = null;
    for (Map<String, Long> versions : List.of(before, after)) {
      Dataset<Row> t = warehouse.read(Tables.ARTICLE_TONE, versions.get(Tables.ARTICLE_TONE)).filter(named);
      Dataset<Row> l = warehouse.read(Tables.ARTICLE_LEADER_TONE, versions.get(Tables.ARTICLE_LEADER_TONE)).filter(named);
      Dataset<Article> p = Tables.articleBeans(warehouse.read(Tables.ARTICLES, versions.get(Tables.ARTICLES)))
          .filter(coalesce(col("copyOf"), col("articleId")).isInCollection(articles)).as(Article.ENCODER);
      tone = tone == null ? t : tone.unionByName(t);
      leaderTone = leaderTone == null ? l : leaderTone.unionByName(l);
      printers = printers == null ? p : printers.unionByName(p).as(Article.ENCODER);
    }
    return ToneAggregates.sums(tone, leaderTone, printers);
  }

  private static long overwriteAggregate(Warehouse warehouse, Dataset<Row> rows, String table) {
    return warehouse.overwrite(rows, table, Tables.AGGREGATE_KEYS.get(table).toArray(String[]::new));
  }

  /** The articles named by {@code changes}. */
  private static Set<String> ids(Warehouse.Changes... changes) {
    Set<String> ids = new TreeSet<>();
    for (Warehouse.Changes change : changes) {
      change.keys().forEach(key -> ids.add(key.getString(0)));
    }
    return ids;
  }

  /** The fingerprint of each table by name; {@code unchanged} of them were taken from the last night's record. */
  private record Fingerprints(Map<String, String> hashes, int unchanged) {}

  /**
   * The fingerprint of each table of {@link Tables#VERSIONED} at {@code versions}: a table at the version the last
   * night recorded holds the rows it fingerprinted then; the others' are taken concurrently ({@link #fingerprint}).
   * {@code replaced} are the articles whose rows were replaced, by table.
   */
  private static Fingerprints fingerprints(Warehouse warehouse, Map<String, Long> versions, Snapshot last,
      Published.Record lastRecord, Map<String, Warehouse.Changes> replaced) {
    Map<String, String> hashes = new ConcurrentSkipListMap<>();
    List<String> unchanged = Tables.VERSIONED.stream().filter(table -> lastRecord != null && lastRecord.hashes().containsKey(table)
        && versions.get(table).equals(last.versions().get(table))).toList();
    unchanged.forEach(table -> hashes.put(table, lastRecord.hashes().get(table)));
    together(Tables.VERSIONED.stream().filter(table -> !unchanged.contains(table))
        .map(table -> (Runnable) () -> hashes.put(table,
            fingerprint(warehouse, table, versions.get(table), last, lastRecord, replaced.get(table))))
        .toArray(Runnable[]::new));
    return new Fingerprints(hashes, unchanged.size());
  }

  /**
   * A changed table's fingerprint. When the night replaced the rows of some articles ({@code changes}) in the version
   * the last night fingerprinted, it is that fingerprint less the one of those articles' old rows plus the one of
   * their new rows ({@link TableHash#replaced}), which reads those articles' rows only; otherwise (no such record, the
   * table written whole, its columns changed) it is taken over every row.
   */
  private static String fingerprint(Warehouse warehouse, String table, long version, Snapshot last, Published.Record lastRecord,
      Warehouse.Changes changes) {
    Dataset<Row> now = warehouse.read(table, version);
    String before = lastRecord == null ? null : lastRecord.hashes().get(table);
    Long then = last == null ? null : last.versions().get(table);
    if (changes == null || changes.everything() || before == null || then == null
        || !warehouse.read(table, then).schema().equals(now.schema())) {
      return TableHash.of(now);
    }
    return TableHash.replaced(before, warehouse.rowsOf(table, then, changes), warehouse.rowsOf(table, version, changes));
  }

  /**
   * Runs independent writes as concurrent Spark jobs. Each is small next to the annotation and spends most of its
   * time waiting on scheduling, which overlaps; the files are the same as when they run one after another.
   */
  private static void together(Runnable... writes) {
    if (writes.length == 0) {
      return;
    }
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
  static String runId(Instant started) {
    String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started);
    return time + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Every table a night commits before its {@code runs} row: what a night that did not complete may have left. */
  public static final List<String> WRITTEN = java.util.stream.Stream.concat(Tables.VERSIONED.stream(),
      java.util.stream.Stream.of(CopyClusters.INDEX, Tables.ARTICLE_TONE, Tables.ARTICLE_LEADER_TONE)).toList();

  /** The columns each aggregate table is sorted by after its first. */

  /** The run's side of the pipeline's stage ends: each prints its progress line, and the fault switch may stop there. */
  private record ProgressAndFaults(Progress progress, JobConf conf) implements NightlyPipeline.Observer {
    @Override
    public void stageEnded(String stage, long items, String unit, String what) {
      progress.stage(stage, items, unit, what);
      failAfter(conf, stage);
    }

    @Override
    public Progress.Running annotating(long total, LongSupplier done) {
      return progress.running("annotate", total, "articles", done, conf.progressSeconds());
    }
  }
}
