package org.tonewatch.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;

/**
 * The {@code runs} table: one row appended per completed run, after its tables are published; {@code run_id} is the
 * name of the tables' version ({@code _versions/<run_id>}). Driver side.
 */
final class RunRecord {
  static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType)
      .add("started_at", DataTypes.TimestampType)
      .add("finished_at", DataTypes.TimestampType)
      .add("input", DataTypes.StringType)
      .add("inputs", DataTypes.LongType)
      .add("articles", DataTypes.LongType)
      .add("rejected", DataTypes.LongType)
      .add("copies", DataTypes.LongType)
      .add("annotated_now", DataTypes.LongType)
      .add("reused", DataTypes.LongType)
      .add("sentences_annotated", DataTypes.LongType)
      .add("sentences", DataTypes.LongType)
      .add("russia_sentences", DataTypes.LongType)
      .add("unparsed_sentences", DataTypes.LongType)
      .add("seconds", DataTypes.DoubleType)
      .add("tonewatch_version", DataTypes.StringType)
      .add("spark_version", DataTypes.StringType)
      .add("settings", DataTypes.StringType)
      .add("table_hashes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

  private RunRecord() {}

  static void append(SparkSession spark, Warehouse warehouse, String runId, JobConf conf, RunSummary summary, Instant started,
      Map<String, String> tableHashes) {
    Map<String, String> settings = new TreeMap<>(conf.asMap());
    String joined = settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    String version = RunRecord.class.getPackage().getImplementationVersion();
    var row = RowFactory.create(runId, Timestamp.from(started), Timestamp.from(Instant.now()), conf.input(),
        summary.inputs(), summary.articles(), summary.rejected(), summary.copies(), summary.annotatedNow(), summary.reused(), summary.sentencesAnnotated(), summary.sentences(), summary.russiaSentences(),
        summary.unparsedSentences(), summary.seconds(), version == null ? "dev" : version, spark.version(), joined,
        scala.jdk.javaapi.CollectionConverters.asScala(tableHashes));
    spark.createDataFrame(List.of(row), SCHEMA).coalesce(1).write().mode(SaveMode.Append).parquet(warehouse.path(Tables.RUNS));
  }
}
