package org.tonewatch.tools;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.UsageException;
import org.tonewatch.nightly.NightlyJob;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Retention: deletes the files of table versions older than a number of days (Delta's VACUUM), after rolling back
 * what a run that did not complete left, as the next night would. Runs of those older versions can no longer be read
 * {@code --as-of}.
 */
@Command(name = "vacuum", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Deletes the files no table version of the last D days needs (Delta's VACUUM), in every table of the "
        + "warehouse, after rolling back the commits of a run that did not complete.",
        "Runs older than D days can no longer be read with --as-of. Run it when no night runs (jobs/vacuum.sh takes the "
            + "nightly lock of a local warehouse)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:failed", "2:bad options, or no completed run in the warehouse"})
public final class Vacuum implements Callable<Integer> {
  /** Delta's own default retention, under which it refuses to vacuum unless told to. */
  static final double DELTA_MIN_DAYS = 7;

  @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "the warehouse: a folder, hdfs://... or s3a://...")
  String warehouse;

  @Option(names = "--retain-days", paramLabel = "D", description = "keep the versions of the last D days (default: ${DEFAULT-VALUE})")
  double retainDays = 30;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Vacuum()).execute(args));
  }

  @Override
  public Integer call() {
    if (retainDays < 0) {
      System.err.println("vacuum: --retain-days must be 0 or more, not " + retainDays);
      return 2;
    }
    SparkSession.Builder builder = Warehouse.withDelta(SparkSession.builder()).appName("tonewatch-vacuum")
        .config("spark.ui.enabled", "false");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[2]").config(NightlyJob.SHUFFLE_PARTITIONS, "4");
    }
    if (retainDays < DELTA_MIN_DAYS) {
      // Delta refuses a retention under its default unless the check is off: it breaks readers of older versions.
      builder.config("spark.databricks.delta.retentionDurationCheck.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Warehouse tables = new Warehouse(spark, warehouse);
      Snapshot last = Snapshot.chosen(tables, null);
      for (String undone : tables.rollBackTo(last, NightlyJob.WRITTEN)) {
        System.err.println("[vacuum] rolled back what a run that did not complete left: " + undone);
      }
      tables.vacuum(last.tables(), retainDays * 24);
      System.err.printf(Locale.ROOT, "[vacuum] %d tables of %s vacuumed; runs of the last %.1f days stay readable --as-of%n",
          last.tables().size(), tables.root(), retainDays);
      return 0;
    } catch (UsageException e) {
      System.err.println("vacuum: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }
}
