package org.tonewatch.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.copies.CopyClusters;
import org.tonewatch.ingest.Article;
import org.tonewatch.nightly.JobConf;
import org.tonewatch.nightly.NightlyJob;
import org.tonewatch.nightly.NightlyPipeline;
import org.tonewatch.nightly.Progress;
import org.tonewatch.nightly.RunSummary;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Warehouse;

/**
 * What a night costs as the archive grows. For each archive size N it publishes N synthetic annotated articles
 * ({@link SyntheticArchive}, fixed seed, no NLP) as a run of their own, through the nightly job's own commit, aggregates
 * and record; then it times a night of K real new articles (the newest of a news-please corpus) over a copy of that
 * warehouse, as {@code jobs/run-local.sh} in a JVM of its own, timed from start to exit like cron sees it. A built
 * archive is kept and used again while its seed, size, annotation version and copy-index features are the same. Run
 * from the project folder.
 */
final class ArchiveNight {
  private static final String CONFIG = "jobs/conf/nightly.properties";

  private ArchiveNight() {}

  /**
   * Prints, for each size, the archive's build and the night's time; the last line is
   * {@code archive_night_ratio=R}, the night over the largest archive against the night over the smallest.
   */
  static int measure(List<Integer> sizes, int night, Path corpus, Path work, long seed, Map<String, String> settings)
      throws Exception {
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || night < 1) {
      System.err.println("benchmark: --archive takes sizes of at least 1 article and --night at least 1");
      return 2;
    }
    Path tonight = work.resolve("night-" + night);
    List<String> lines = IncrementalNight.byDate(IncrementalNight.jsonLines(corpus));
    if (night > lines.size()) {
      System.err.printf("benchmark: --night %d, but %s holds %d articles%n", night, corpus, lines.size());
      return 2;
    }
    IncrementalNight.writeLines(tonight.resolve("night.jsonl"), lines.subList(lines.size() - night, lines.size()));
    System.out.printf(Locale.ROOT, "[benchmark] archive: a night of the %d newest articles of %s over archives of %s "
        + "synthetic articles%n", night, corpus, sizes);

    double first = -1;
    double last = -1;
    for (int size : sizes) {
      Path archive = work.resolve("archive-" + size + "-" + seed);
      build(archive, size, seed, settings);
      Path warehouse = work.resolve("night-over-" + size);
      IncrementalNight.delete(warehouse);
      linkCopy(archive.resolve("warehouse"), warehouse);
      IncrementalNight.Run run = IncrementalNight.run(tonight, warehouse, settings);
      if (run.annotatedNow() > night) {
        System.err.printf("benchmark: the night annotated %d articles, more than its %d new ones%n", run.annotatedNow(), night);
        return 1;
      }
      System.out.printf(Locale.ROOT, "[benchmark] night of %d new articles over an archive of %d: %.1f s, annotated_now=%d%n",
          night, size, run.seconds(), run.annotatedNow());
      first = first < 0 ? run.seconds() : first;
      last = run.seconds();
      IncrementalNight.delete(warehouse);
    }
    System.out.printf(Locale.ROOT, "archive_night_ratio=%.3f%n", last / first);
    return 0;
  }

  /**
   * Publishes {@code size} synthetic articles into {@code archive/warehouse}, unless a warehouse of the same seed, size,
   * annotation version, copy-index features and build is there already (its {@code archive/built} file says so).
   */
  private static void build(Path archive, int size, long seed, Map<String, String> settings) throws IOException {
    Path warehouse = archive.resolve("warehouse");
    Map<String, String> overrides = new HashMap<>(settings);
    overrides.put("input", "synthetic:" + size + ":" + seed);
    overrides.put("warehouse", warehouse.toString());
    JobConf conf = JobConf.from(Path.of(CONFIG), overrides);
    NightlyJob.Setup setup = NightlyJob.Setup.of(conf);
    String version = setup.version();
    // The build too: a night over an archive another build published computes every aggregate group again.
    String stamp = "size=" + size + " seed=" + seed + " annotation_version=" + version + " copy_features=" + CopyClusters.FEATURES
        + " build=" + NightlyJob.buildCommit();
    Path built = archive.resolve("built");
    if (Files.exists(built) && Files.readString(built).strip().equals(stamp)) {
      System.out.printf(Locale.ROOT, "[benchmark] archive of %d synthetic articles: kept from an earlier run (%s)%n", size, stamp);
      return;
    }
    IncrementalNight.delete(archive);
    Files.createDirectories(archive);
    SyntheticArchive made = new SyntheticArchive(seed, version, setup.tone().version(),
        new ArrayList<>(new TreeSet<>(setup.outlets().names().keySet())));
    long start = System.nanoTime();
    SparkSession spark = NightlyJob.session("tonewatch-benchmark-archive");
    // Spark sizes rows made from spark.range by the range alone (8 bytes a row), so it would broadcast a million
    // synthetic articles into every join; the archive's joins are sized by their real rows instead.
    spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
    try {
      Dataset<Long> ids = spark.range(0, size, 1, Math.max(2, size / 20_000)).as(Encoders.LONG());
      Dataset<Article> articles = ids.map(made.articles(), Article.ENCODER).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Sentence> sentences = ids.flatMap(made.sentences(), Sentence.ENCODER);
      NightlyPipeline.Night night = NightlyPipeline.Night.annotatedElsewhere(spark, articles, sentences, version, conf.copiesMinSimilarity());
      RunSummary summary = NightlyJob.publish(spark, conf, night);
      articles.unpersist();
      Snapshot snapshot = Snapshot.latest(new Warehouse(spark, warehouse.toString()));
      System.out.printf(Locale.ROOT, "[benchmark] archive of %d synthetic articles (%d sentences) published in %.1f s: run %s, "
          + "%.0f MB on disk%n", summary.articles(), summary.sentences(), Progress.seconds(start), snapshot.runId(),
          megabytes(warehouse));
    } finally {
      spark.stop();
    }
    Files.writeString(built, stamp + "\n");
  }

  /**
   * A copy of a warehouse whose data files are hard links: Delta never changes a data file once written, so the night
   * over the copy leaves the archive as it was. The transaction logs are copied, as small files that Delta may replace.
   */
  private static void linkCopy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else if (source.toString().endsWith(".parquet")) {
          Files.createLink(target, source);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static double megabytes(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
    }
  }
}
