package org.tonewatch.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code runs} table: one row per completed run. Each version of the tables carries the runs before it and its
 * own, so a run's record is published by the same switch as its tables; {@code run_id} names the version
 * ({@code _versions/<run_id>}). {@code table_hashes} holds each published table's fingerprint ({@code TableHash}), the
 * figures to compare two runs by. Driver side.
 */
final class RunRecord {
  static final StructType STAGE = new StructType()
      .add("stage", DataTypes.StringType)
      .add("seconds", DataTypes.DoubleType)
      .add("items", DataTypes.LongType)
      .add("unit", DataTypes.StringType)
      .add("per_second", DataTypes.DoubleType);

  static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType)
      .add("started_at", DataTypes.TimestampType)
      .add("finished_at", DataTypes.TimestampType)
      .add("input", DataTypes.StringType)
      .add("inputs_seen", DataTypes.LongType)
      .add("new_articles", DataTypes.LongType)
      .add("rejected", DataTypes.LongType)
      .add("articles", DataTypes.LongType)
      .add("copies", DataTypes.LongType)
      .add("annotated_now", DataTypes.LongType)
      .add("reused", DataTypes.LongType)
      .add("sentences_annotated", DataTypes.LongType)
      .add("parse_timeouts", DataTypes.LongType)
      .add("sentences", DataTypes.LongType)
      .add("russia_sentences", DataTypes.LongType)
      .add("unparsed_sentences", DataTypes.LongType)
      .add("seconds", DataTypes.DoubleType)
      .add("stages", DataTypes.createArrayType(STAGE))
      .add("tonewatch_version", DataTypes.StringType)
      .add("code_commit", DataTypes.StringType)
      .add("spark_version", DataTypes.StringType)
      .add("corenlp_version", DataTypes.StringType)
      .add("models", DataTypes.StringType)
      .add("annotation_version", DataTypes.StringType)
      .add("settings", DataTypes.StringType)
      .add("table_hashes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

  private RunRecord() {}

  /** What a run records about itself besides its counts. */
  record Facts(String runId, Instant started, String input, List<Progress.Stage> stages, String models,
      String annotationVersion, Map<String, String> settings, Map<String, String> tableHashes) {}

  /** The runs before ({@code previous}, may be null; older layouts are read into this schema) and this run's row. */
  static Dataset<Row> table(SparkSession spark, Dataset<Row> previous, Facts facts, RunSummary summary) {
    List<Row> stages = facts.stages().stream()
        .map(s -> RowFactory.create(s.name(), s.seconds(), s.items(), s.unit(), s.perSecond()))
        .toList();
    String settings = new TreeMap<>(facts.settings()).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    BuildInfo build = BuildInfo.CURRENT;
    Row row = RowFactory.create(facts.runId(), Timestamp.from(facts.started()), Timestamp.from(Instant.now()), facts.input(),
        summary.inputsSeen(), summary.newArticles(), summary.rejected(), summary.articles(), summary.copies(),
        summary.annotatedNow(), summary.reused(), summary.sentencesAnnotated(), summary.parseTimeouts(), summary.sentences(),
        summary.russiaSentences(), summary.unparsedSentences(), summary.seconds(),
        scala.jdk.javaapi.CollectionConverters.asScala(stages).toSeq(),
        build.version(), build.commit(), spark.version(), build.corenlpVersion(), facts.models(), facts.annotationVersion(),
        settings, scala.jdk.javaapi.CollectionConverters.asScala(facts.tableHashes()));
    Dataset<Row> now = spark.createDataFrame(List.of(row), SCHEMA);
    return previous == null ? now : inSchema(previous).unionByName(now);
  }

  /** Runs recorded by an older version of the job, in today's columns: those it did not record are null. */
  private static Dataset<Row> inSchema(Dataset<Row> runs) {
    List<String> present = Arrays.asList(runs.columns());
    Column[] columns = Arrays.stream(SCHEMA.fields())
        .map((StructField f) -> (present.contains(f.name()) ? col(f.name()).cast(f.dataType()) : lit(null).cast(f.dataType())).as(f.name()))
        .toArray(Column[]::new);
    return runs.select(columns);
  }
}
