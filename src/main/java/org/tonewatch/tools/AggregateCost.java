package org.tonewatch.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.aggregate.AdjustedTone;
import org.tonewatch.aggregate.ToneAggregates;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.ingest.Article;
import org.tonewatch.nightly.NightlyJob;
import org.tonewatch.nightly.NightlyPipeline;
import org.tonewatch.nightly.Progress;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * What the error-aware columns cost the aggregate stage: the six aggregate tables computed from a warehouse's
 * published {@code sentences} and {@code articles}, without and with the adjustment, alternating, each round forcing
 * every row (Spark's {@code noop} sink, so that writing files does not blur the comparison).
 */
@Command(name = "aggregate-cost", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Times the aggregate stage on a warehouse's published tables without and with the adjusted columns, "
        + "alternating rounds after a warm-up.", "Last line: adjusted_aggregates_cost=+x.x%"})
public final class AggregateCost implements Callable<Integer> {
  @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "a warehouse a nightly run has published")
  Path warehouse;

  @Option(names = "--rounds", paramLabel = "N", description = "rounds of each (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AggregateCost()).execute(args));
  }

  @Override
  public Integer call() {
    ReferenceData reference = ReferenceData.bundled();
    AdjustedTone adjustment = AdjustedTone.forModel(ToneModels.named(EncoderTone.NAME, null, reference));
    SparkSession spark = Warehouse.withDelta(SparkSession.builder()).appName("tonewatch-aggregate-cost").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config(NightlyJob.SHUFFLE_PARTITIONS, "8")
        .getOrCreate();
    try {
      Snapshot last = Snapshot.latest(new Warehouse(spark, warehouse.toString()));
      if (last == null) {
        System.err.println("aggregate-cost: " + warehouse + " has no completed run (set --warehouse)");
        return 2;
      }
      Dataset<Article> articles = Tables.articleBeans(last.read(Tables.ARTICLES));
      Dataset<Row> sentenceRows = last.read(Tables.SENTENCES);
      System.out.printf(Locale.ROOT, "[aggregate-cost] %s: %d sentences%n", warehouse, sentenceRows.count());
      double[] seconds = new double[2];
      for (int round = 0; round <= rounds; round++) {
        for (int adjusted = 0; adjusted < 2; adjusted++) {
          ToneAggregates.register(spark, adjusted == 1 ? adjustment : null);
          long start = System.nanoTime();
          ToneAggregates.Sums sums = ToneAggregates.sums(Tables.sentenceBeans(sentenceRows), articles);
          for (Dataset<Row> table : NightlyPipeline.aggregates(spark, sums, Leaders.load(reference),
              Outlets.load(reference)).values()) {
            table.write().format("noop").mode("overwrite").save();
          }
          sums.release();
          double took = Progress.seconds(start);
          String what = adjusted == 1 ? "with adjusted columns" : "raw columns only";
          if (round == 0) {
            System.out.printf(Locale.ROOT, "[aggregate-cost] warm-up, %s: %.2f s%n", what, took);
          } else {
            seconds[adjusted] += took;
            System.out.printf(Locale.ROOT, "[aggregate-cost] round %d, %s: %.2f s%n", round, what, took);
          }
        }
      }
      System.out.printf(Locale.ROOT, "[aggregate-cost] mean of %d rounds: %.2f s raw, %.2f s adjusted%n", rounds,
          seconds[0] / rounds, seconds[1] / rounds);
      System.out.printf(Locale.ROOT, "adjusted_aggregates_cost=%+.1f%%%n", 100 * (seconds[1] / seconds[0] - 1));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
