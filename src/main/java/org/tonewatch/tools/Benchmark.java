package org.tonewatch.tools;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.annotate.AnnotatePartition;
import org.tonewatch.annotate.AnnotatedArticle;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.nlp.NlpEngine;
import org.tonewatch.annotate.nlp.NlpEngines;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.SentimentTreeTone;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.clean.CleanArticle;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.ArticleIds;
import org.tonewatch.ingest.PublicationDate;
import org.tonewatch.ingest.TextDecoder;
import org.tonewatch.ingest.TextLanguage;
import org.tonewatch.nightly.JobConf;
import org.tonewatch.nightly.NightlyJob;
import org.tonewatch.nightly.Progress;
import org.tonewatch.nightly.RunSummary;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Measures what Spark costs on top of the NLP work. It builds a corpus of real sentences, annotates it once as a plain
 * loop in this JVM (decode, check the language of, clean and annotate each article, one thread: the reference
 * per-core rate), then runs the whole nightly job on it in {@code local[1]} and {@code local[2]}, each into an empty
 * warehouse, and prints the job's stages from its run record. All share the JVM's one CoreNLP pipeline, loaded
 * and warmed up before any timing, so the figures compare steady states. A second loop on two threads shows what the
 * machine gives two threads without Spark; it is context, not the reference.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Sentences per second of the nightly job in local[1] and local[2] against a plain single-thread loop "
        + "over the same articles; the last line is spark_vs_loop_ratio=R, local[2] against twice the loop's rate.")
public final class Benchmark implements Callable<Integer> {
  private static final int WARMUP_ARTICLES = 60;
  private static final int TONE_ROUNDS = 3;

  @Option(names = "--articles", paramLabel = "N", description = "articles in the generated corpus (default: ${DEFAULT-VALUE})")
  int articles = 100;

  @Option(names = "--seed", paramLabel = "S", description = "seed of the corpus (default: ${DEFAULT-VALUE})")
  long seed = 20261123L;

  @Option(names = "--samples", paramLabel = "DIR", description = "sample articles to draw sentences from (default: ${DEFAULT-VALUE})")
  Path samples = Path.of("data/articles");

  @Option(names = "--newsmtsc", paramLabel = "FILE", description = "NewsMTSC JSON Lines to draw sentences from (default: ${DEFAULT-VALUE}; skipped when absent)")
  Path newsmtsc = Path.of("data/newsmtsc/train.jsonl");

  @Option(names = "--work", paramLabel = "DIR", description = "folder for the corpus and warehouses (default: ${DEFAULT-VALUE})")
  Path work = Path.of("target/benchmark");

  @Option(names = "--tone-cost", description = "instead of the Spark runs: the plain loop with the linear tone model "
      + "and with the encoder against the first version, alternating, " + TONE_ROUNDS + " rounds each; the last two lines "
      + "are trained_tone_cost=+P%% and encoder_tone_cost=+P%%, the extra time per sentence")
  boolean toneCost;

  @Option(names = "--evidence-cost", description = "instead of the Spark runs: one thread parses the corpus and scores "
      + "every Russia mention with the trained model, timing the parse, the tone and the evidence apart; the last line "
      + "is evidence_cost=+P%%, the evidence's time against the rest of the annotation")
  boolean evidenceCost;

  @Option(names = "--copies", paramLabel = "SHARE", description = "instead of the comparison with the loop: add "
      + "SHARE x N reprints of the corpus's articles under other outlets and run the job in local[2] with copy detection "
      + "off, then on; the last line is copies_saving=P%%, the time copy detection saves")
  double copies;

  @Option(names = "--corpus", paramLabel = "DIR", description = "with --archive: the news-please corpus whose newest "
      + "articles are the night's (default: ../shared/real-news); with --incremental: real articles to split instead of "
      + "the generated corpus: a folder of .txt files with a manifest.csv (its last rows are the night's), or of one "
      + "news-please .jsonl file such as ../shared/real-news (its newest articles by date_publish are the night's)")
  Path realCorpus;

  @Option(names = "--incremental", paramLabel = "SHARE", description = "instead of the comparison with the loop: a "
      + "full run over (1 - SHARE) x N articles into an empty warehouse, then a night that adds the other SHARE x N, each "
      + "as jobs/run-local.sh in a JVM of its own, timed from start to exit; the night runs twice from copies of the "
      + "full run's warehouse, with the whole archive in its input folder and with only the new files; the last line is "
      + "incremental_vs_full_ratio=R, the archive night's time against the full run's")
  double incremental;

  @Option(names = "--archive", paramLabel = "N", split = ",", description = "instead of the comparison with the "
      + "loop: for each N, publish an archive of N synthetic annotated articles (fixed seed, no NLP) and time a night of "
      + "--night real new articles over it, as jobs/run-local.sh in a JVM of its own; the last line is "
      + "archive_night_ratio=R, the night over the last archive against the night over the first")
  List<Integer> archive = new ArrayList<>();

  @Option(names = "--night", paramLabel = "K", description = "with --archive: the night's new articles, the newest of "
      + "--corpus (default: ${DEFAULT-VALUE})")
  int night = 100;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "job settings, as for the nightly job (e.g. nlp.parser=pcfg)")
  Map<String, String> settings = new LinkedHashMap<>();

  public static void main(String[] args) {
    System.exit(new CommandLine(new Benchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      System.err.println("benchmark: --articles must be at least 1");
      return 2;
    }
    if (!archive.isEmpty()) {
      Path corpus = realCorpus != null ? realCorpus : Path.of("../shared/real-news");
      return ArchiveNight.measure(archive, night, corpus, work, seed, settings);
    }
    if (realCorpus != null) {
      if (incremental <= 0) {
        System.err.println("benchmark: --corpus goes with --incremental or --archive");
        return 2;
      }
      return IncrementalNight.measure(realCorpus, work.resolve("incremental-" + realCorpus.toAbsolutePath().normalize().getFileName()),
          incremental, settings);
    }
    ReferenceData reference = ReferenceData.bundled();
    ArticleCleaner cleaner = ArticleCleaner.load(reference);
    Path source = Files.exists(newsmtsc) ? newsmtsc : null;
    if (source == null) {
      System.out.println("[benchmark] " + newsmtsc + " not found: drawing from the sample articles only");
    }
    List<String> pool = BenchmarkCorpus.sentences(samples, source, cleaner);
    Path corpus = work.resolve("corpus-" + articles + "-" + seed);
    Path warmup = work.resolve("warmup-" + WARMUP_ARTICLES + "-" + seed);
    if (!Files.exists(corpus.resolve("manifest.csv"))) {
      BenchmarkCorpus.write(corpus, pool, articles, seed);
    }
    if (!Files.exists(warmup.resolve("manifest.csv"))) {
      BenchmarkCorpus.write(warmup, pool, WARMUP_ARTICLES, seed + 1);
    }
    System.out.printf(Locale.ROOT, "[benchmark] corpus: %d articles in %s, drawn from %d real sentences and paragraphs%n",
        articles, corpus, pool.size());

    Map<String, String> base = new HashMap<>(settings);
    base.put("input", corpus.toString());
    if (toneCost) {
      return toneCost(base, reference, readArticles(warmup, cleaner), corpus, cleaner);
    }
    if (evidenceCost) {
      return evidenceCost(base, reference, readArticles(warmup, cleaner), readArticles(corpus, cleaner));
    }
    if (copies > 0) {
      return copiesSaving(base, pool, warmup);
    }
    if (incremental > 0) {
      return IncrementalNight.measure(corpus, work.resolve("incremental-" + articles + "-" + seed), incremental, settings);
    }
    JobConf conf = JobConf.from(null, withWarehouse(base, "unused"));
    AnnotatePartition annotate = new AnnotatePartition(conf.nlp(), LeaderGazetteer.from(reference),
        RussiaMentionFinder.load(reference), ToneModels.named(conf.toneModel(), conf.toneModelPath(), reference), "benchmark");
    NlpEngine engine = NlpEngines.shared(conf.nlp());
    List<Article> corpusArticles = readArticles(corpus, cleaner);
    // Warm up until the JIT has settled: the warm-up corpus, then the two-thread loop over the whole corpus, which is
    // context, not the reference. The reference loop runs last, at steady state, like the Spark runs after it.
    loop(annotate, engine, readArticles(warmup, cleaner));
    long start = System.nanoTime();
    long twoThreadSentences = twoThreads(annotate, engine, corpusArticles);
    double twoThreadRate = twoThreadSentences / Progress.seconds(start);

    start = System.nanoTime();
    readArticles(corpus, cleaner);
    System.out.printf(Locale.ROOT, "[benchmark] reading, language check and cleaning alone, 1 thread: %.1f s "
        + "(the job does them in its copies stage)%n", Progress.seconds(start));

    start = System.nanoTime(); // the reference reads, checks and cleans the files too, as the job does
    long loopSentences = loop(annotate, engine, readArticles(corpus, cleaner));
    double loopRate = loopSentences / Progress.seconds(start);
    System.out.printf(Locale.ROOT, "[benchmark] plain loop, 1 thread: %d sentences, %.2f sentences/s%n", loopSentences, loopRate);
    System.out.printf(Locale.ROOT, "[benchmark] plain loop, 2 threads sharing the pipeline: %.2f sentences/s, %.2f of 2 x loop "
        + "(what this machine gives two threads, without Spark)%n", twoThreadRate, twoThreadRate / (2 * loopRate));

    double[] sparkRates = new double[2];
    double[] annotateRates = new double[2];
    for (int cores = 1; cores <= 2; cores++) {
      SparkSession spark = Warehouse.withDelta(SparkSession.builder()).appName("tonewatch-benchmark").master("local[" + cores + "]")
          .config("spark.ui.enabled", "false")
          .config(NightlyJob.SHUFFLE_PARTITIONS, Integer.toString(2 * cores))
          .config(NightlyJob.COALESCE_CACHED, "true")
          .getOrCreate();
      try {
        Map<String, String> warm = new HashMap<>(base);
        warm.put("input", warmup.toString());
        NightlyJob.run(spark, JobConf.from(null, withWarehouse(warm, emptyWarehouse("warehouse-warmup"))));
        String warehouse = emptyWarehouse("warehouse-local" + cores);
        RunSummary run = NightlyJob.run(spark, JobConf.from(null, withWarehouse(base, warehouse)));
        sparkRates[cores - 1] = run.sentences() / run.seconds();
        System.out.printf(Locale.ROOT, "[benchmark] nightly job, local[%d]: %d sentences in %.1f s, %.2f sentences/s, %.2f of %d x loop%n",
            cores, run.sentences(), run.seconds(), sparkRates[cores - 1], sparkRates[cores - 1] / (cores * loopRate), cores);
        if (run.sentencesAnnotated() != loopSentences) {
          System.err.printf("benchmark: the job annotated %d sentences, the loop %d%n", run.sentencesAnnotated(), loopSentences);
          return 1;
        }
        annotateRates[cores - 1] = printStages(spark, warehouse, cores, loopRate);
      } finally {
        spark.stop();
      }
    }
    System.out.printf(Locale.ROOT, "annotate_vs_loop_ratio=%.2f%n", annotateRates[1] / (2 * loopRate));
    System.out.printf(Locale.ROOT, "spark_vs_loop_ratio=%.2f%n", sparkRates[1] / (2 * loopRate));
    return 0;
  }

  /**
   * A folder under {@code --work} for a warehouse, emptied first: a run into a warehouse that an earlier benchmark left
   * would keep that run's articles instead of annotating them, and compare its inputs with them for copies.
   */
  private String emptyWarehouse(String name) throws Exception {
    Path folder = work.resolve(name);
    IncrementalNight.delete(folder);
    return folder.toString();
  }

  /**
   * Prints each stage of the run just recorded in {@code warehouse} (from its {@code runs} row), and returns the
   * annotate stage's rate: the part of the job that does the loop's work, less the decoding, language check and
   * cleaning that the job does in its copies stage.
   */
  private static double printStages(SparkSession spark, String warehouse, int cores, double loopRate) {
    Snapshot last = Snapshot.latest(new Warehouse(spark, warehouse));
    List<Row> stages = last.read(Tables.RUNS).filter(col("run_id").equalTo(last.runId()))
        .select(explode(col("stages")).as("s")).select("s.stage", "s.seconds", "s.items", "s.unit").collectAsList();
    double annotateRate = 0;
    List<String> parts = new ArrayList<>();
    for (Row stage : stages) {
      parts.add(String.format(Locale.ROOT, "%s %.1f s", stage.getString(0), stage.getDouble(1)));
      if ("annotate".equals(stage.getString(0))) {
        annotateRate = stage.getDouble(1) > 0 ? stage.getLong(2) / stage.getDouble(1) : 0;
      }
    }
    System.out.printf(Locale.ROOT, "[benchmark] nightly job, local[%d], by stage: %s; annotate alone %.2f sentences/s, %.2f of %d x loop%n",
        cores, String.join(", ", parts), annotateRate, annotateRate / (cores * loopRate), cores);
    return annotateRate;
  }

  /**
   * The per-sentence cost of the trained tone models (the linear model with the dependency parse it reads, and the
   * encoder stacked on it) against the first version, each as the plain one-thread loop over the same articles. The
   * models alternate so that drift of the machine falls on all alike; each configuration is warmed up first.
   */
  private int toneCost(Map<String, String> base, ReferenceData reference, List<Article> warmup, Path corpus,
      ArticleCleaner cleaner) throws Exception {
    String[] models = {SentimentTreeTone.NAME, TrainedTone.NAME, EncoderTone.NAME};
    AnnotatePartition[] annotate = new AnnotatePartition[models.length];
    NlpEngine[] engines = new NlpEngine[models.length];
    for (int m = 0; m < models.length; m++) {
      Map<String, String> s = new HashMap<>(base);
      s.put("tone.model", models[m]);
      JobConf conf = JobConf.from(null, withWarehouse(s, "unused"));
      annotate[m] = new AnnotatePartition(conf.nlp(), LeaderGazetteer.from(reference),
          RussiaMentionFinder.load(reference), ToneModels.named(conf.toneModel(), conf.toneModelPath(), reference), "benchmark");
      engines[m] = NlpEngines.shared(conf.nlp());
      loop(annotate[m], engines[m], warmup);
    }
    double[] seconds = new double[models.length];
    long sentences = 0;
    for (int round = 1; round <= TONE_ROUNDS; round++) {
      for (int m = 0; m < models.length; m++) {
        List<Article> articles = readArticles(corpus, cleaner);
        long start = System.nanoTime();
        sentences = loop(annotate[m], engines[m], articles);
        double took = Progress.seconds(start);
        seconds[m] += took;
        System.out.printf(Locale.ROOT, "[benchmark] round %d, tone.model=%s: %d sentences, %.2f sentences/s%n",
            round, models[m], sentences, sentences / took);
      }
    }
    for (int m = 0; m < models.length; m++) {
      System.out.printf(Locale.ROOT, "[benchmark] tone.model=%s: %.2f sentences/s%n", models[m], TONE_ROUNDS * sentences / seconds[m]);
    }
    System.out.printf(Locale.ROOT, "trained_tone_cost=%+.1f%%%n", 100 * (seconds[1] / seconds[0] - 1));
    System.out.printf(Locale.ROOT, "encoder_tone_cost=%+.1f%%%n", 100 * (seconds[2] / seconds[0] - 1));
    return 0;
  }

  /**
   * The evidence's share of annotation: each article parsed, each Russia mention (by the mention finder, leaders
   * aside) scored by the trained model, and its evidence computed, the three timed apart; after a warm-up round over
   * the warm-up corpus and one over the corpus, the second round over the corpus is reported.
   */
  private int evidenceCost(Map<String, String> base, ReferenceData reference, List<Article> warmup, List<Article> corpus) {
    Map<String, String> s = new HashMap<>(base);
    s.put("tone.model", TrainedTone.NAME);
    JobConf conf = JobConf.from(null, withWarehouse(s, "unused"));
    TrainedTone model = (TrainedTone) ToneModels.named(TrainedTone.NAME, conf.toneModelPath(), reference);
    NlpEngine engine = NlpEngines.shared(conf.nlp());
    RussiaMentionFinder finder = RussiaMentionFinder.load(reference);
    evidenceRound(engine, finder, model, warmup);
    evidenceRound(engine, finder, model, corpus);
    long[] nanos = evidenceRound(engine, finder, model, corpus);
    System.out.printf(Locale.ROOT, "[benchmark] %d sentences, %d mentions: parsing %.2f s, tone %.3f s, evidence %.3f s%n",
        nanos[3], nanos[4], nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9);
    System.out.printf(Locale.ROOT, "evidence_cost=%+.2f%%%n", 100.0 * nanos[2] / (nanos[0] + nanos[1]));
    return 0;
  }

  /** Nanoseconds parsing, scoring and finding evidence, then the sentences and mentions seen. */
  private static long[] evidenceRound(NlpEngine engine, RussiaMentionFinder finder, TrainedTone model, List<Article> articles) {
    long[] nanos = new long[5];
    for (Article article : articles) {
      long start = System.nanoTime();
      List<NlpSentence> sentences = engine.annotate(article.getBody());
      nanos[0] += System.nanoTime() - start;
      for (NlpSentence sentence : sentences) {
        nanos[3]++;
        if (!sentence.isParsed()) {
          continue;
        }
        for (RussiaMention mention : finder.find(sentence.tokens(), List.of())) {
          long t0 = System.nanoTime();
          Map<String, Double> f = model.features(sentence, mention.first(), mention.end());
          model.probabilities(f);
          long t1 = System.nanoTime();
          model.evidence(f, sentence, mention.first(), mention.end());
          nanos[1] += t1 - t0;
          nanos[2] += System.nanoTime() - t1;
          nanos[4]++;
        }
      }
    }
    return nanos;
  }

  /**
   * The job on a corpus with reprints, in local[2], with copy detection off and then on (after a warm-up run of each):
   * time, sentences annotated, and the reprints found against the generator's record of what each one copies.
   */
  private int copiesSaving(Map<String, String> base, List<String> pool, Path warmup) throws Exception {
    int reprints = (int) Math.round(copies * articles);
    Path corpus = work.resolve("corpus-" + articles + "-" + seed + "-reprints-" + reprints);
    if (!Files.exists(corpus.resolve("manifest.csv"))) {
      BenchmarkCorpus.write(corpus, pool, articles, seed);
      BenchmarkCorpus.addReprints(corpus, pool, articles, reprints, seed + 2);
    }
    System.out.printf(Locale.ROOT, "[benchmark] corpus with copies: %d articles and %d reprints of them in %s%n", articles, reprints, corpus);
    SparkSession spark = Warehouse.withDelta(SparkSession.builder()).appName("tonewatch-benchmark").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config(NightlyJob.SHUFFLE_PARTITIONS, "4")
        .config(NightlyJob.COALESCE_CACHED, "true")
        .getOrCreate();
    try {
      double[] seconds = new double[2];
      String[] similarity = {"0", JobConf.DEFAULTS.get("copies.min-similarity")};
      for (int on = 0; on < 2; on++) {
        Map<String, String> run = new HashMap<>(base);
        run.put("copies.min-similarity", similarity[on]);
        run.put("input", warmup.toString());
        NightlyJob.run(spark, JobConf.from(null, withWarehouse(run, emptyWarehouse("warehouse-copies-warmup"))));
        run.put("input", corpus.toString());
        String warehouse = emptyWarehouse("warehouse-copies-" + (on == 0 ? "off" : "on"));
        RunSummary summary = NightlyJob.run(spark, JobConf.from(null, withWarehouse(run, warehouse)));
        seconds[on] = summary.seconds();
        System.out.printf(Locale.ROOT, "[benchmark] copy detection %s: %d sentences annotated in %.1f s, %d articles marked as copies%n",
            on == 0 ? "off" : "on (min-similarity " + similarity[on] + ")", summary.sentences(), summary.seconds(), summary.copies());
        if (on == 1) {
          scoreCopies(spark, corpus, warehouse);
        }
      }
      System.out.printf(Locale.ROOT, "copies_saving=%.0f%%%n", 100 * (1 - seconds[1] / seconds[0]));
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Prints how many reprints were found as copies of the article they reprint, missed, or wrongly clustered. */
  private static void scoreCopies(SparkSession spark, Path corpus, String warehouse) {
    Map<String, String> reprintOf = new HashMap<>();
    spark.read().option("header", "true").csv(corpus.resolve("manifest.csv").toString())
        .filter("date_evidence like 'reprint of %'").collectAsList()
        .forEach(r -> reprintOf.put(r.getAs("file"), r.<String>getAs("date_evidence").substring("reprint of ".length())));
    var articles = Snapshot.latest(new Warehouse(spark, warehouse)).read(Tables.ARTICLES).select("article_id", "source", "cluster_id").collectAsList();
    Map<String, String> clusterOf = new HashMap<>();
    articles.forEach(r -> clusterOf.put(r.getAs("source"), r.getAs("cluster_id")));
    Map<String, Long> clusterSizes = articles.stream().collect(Collectors.groupingBy(r -> r.<String>getAs("cluster_id"),
        Collectors.counting()));
    int found = 0;
    for (Map.Entry<String, String> e : reprintOf.entrySet()) {
      String cluster = clusterOf.get(e.getKey());
      found += cluster != null && cluster.equals(clusterOf.get(e.getValue())) ? 1 : 0;
    }
    // Articles in a cluster that holds neither a reprint nor an original that was reprinted are wrongly merged.
    Set<String> storyClusters = new HashSet<>();
    reprintOf.forEach((reprint, original) -> storyClusters.add(clusterOf.get(original)));
    long wrong = clusterSizes.entrySet().stream().filter(e -> e.getValue() > 1 && !storyClusters.contains(e.getKey())).count();
    System.out.printf(Locale.ROOT, "[benchmark] reprints found in their original's cluster: %d of %d; clusters without any reprint: %d%n",
        found, reprintOf.size(), wrong);
  }

  private static Map<String, String> withWarehouse(Map<String, String> settings, String warehouse) {
    Map<String, String> copy = new HashMap<>(settings);
    copy.put("warehouse", warehouse);
    return copy;
  }

  /**
   * The articles of a generated corpus, decoded, checked for their language (a text file has no tag, so the detector
   * reads it) and cleaned, as the job does it.
   */
  private static List<Article> readArticles(Path folder, ArticleCleaner cleaner) throws Exception {
    List<Article> result = new ArrayList<>();
    CleanArticle clean = new CleanArticle(cleaner, Outlets.load(ReferenceData.bundled()));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Article article = new Article();
        article.setSource(file.getFileName().toString());
        article.setText(TextDecoder.decode(Files.readAllBytes(file)).text());
        if (TextLanguage.otherThanEnglish(article.getText()) != null) {
          throw new IllegalStateException(file + " does not read as English");
        }
        article.setArticleId(ArticleIds.of(null, article.getText()));
        PublicationDate.apply(article, null, null, null);
        result.add(clean.call(article));
      }
    }
    return result;
  }

  /** The loop on two threads, each taking every other article. */
  private static long twoThreads(AnnotatePartition annotate, NlpEngine engine, List<Article> articles) throws Exception {
    List<Article> even = new ArrayList<>();
    List<Article> odd = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      (i % 2 == 0 ? even : odd).add(articles.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Long> first = pool.submit(() -> loop(annotate, engine, even));
      Future<Long> second = pool.submit(() -> loop(annotate, engine, odd));
      return first.get() + second.get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static long loop(AnnotatePartition annotate, NlpEngine engine, List<Article> articles) {
    long sentences = 0;
    for (Article article : articles) {
      AnnotatedArticle annotated = annotate.annotate(engine, article);
      sentences += annotated.getSentences().size();
    }
    return sentences;
  }
}
