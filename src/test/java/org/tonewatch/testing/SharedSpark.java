package org.tonewatch.testing;

import org.apache.spark.sql.SparkSession;
import org.tonewatch.publish.Warehouse;

/**
 * The one local SparkSession of the test suite: {@code local[2]}, UI off, few shuffle partitions. Built on first use
 * and stopped when the test JVM exits.
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
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
      return spark;
    }
  }
}
