package org.tonewatch.testing;

import org.apache.spark.sql.SparkSession;
import org.tonewatch.publish.Warehouse;

/**
 * The one local SparkSession of the test suite: {@code local[2]}, UI off, few shuffle partitions. Built on first use
 * and stopped when the test JVM exits.
 *
 * <p>It evaluates expressions without generating code: the tests run hundreds of one-off queries over a few rows,
 * where compiling each plan costs more than running it ({@code SampleCorpusIntegrationTest}, {@code BadInputJobTest}
 * and {@code ArrivalOrderTest} together: 236.7 s against 276.6 s). The results
 * are Spark's either way; the job itself keeps Spark's defaults, and the integration tests that run it in a JVM of its
 * own ({@code NightlyRunsIT}, {@code StandaloneClusterIT}, {@code ScriptOptionsIT}) run it with code generation on.
 */
public final class SharedSpark {
  private SharedSpark() {}

  public static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = build();

    private static SparkSession build() {
      SparkSession spark = Warehouse.withDelta(SparkSession.builder())
          .appName("tonewatch-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true")
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
      return spark;
    }
  }
}
