package org.tonewatch.nightly;


import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tonewatch.publish.Snapshot;

/**
 * The {@code runs} table: one row per completed run, appended in the run's last commit. {@code table_versions}
 * holds the Delta version of every table the run left ({@code Snapshot} reads a night through it), and
 * {@code table_hashes} each table's fingerprint ({@code TableHash}), the figures to compare two runs by. Driver side.
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
      .add("table_hashes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
      .add(Snapshot.TABLE_VERSIONS, DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));

  private RunRecord() {}

  /** What a run records about itself besides its counts. */
  record Facts(String runId, Instant started, String input, List<Progress.Stage> stages, String models,
      String annotationVersion, Map<String, String> settings, Map<String, String> tableHashes, Map<String, Long> tableVersions) {}

  /** This run's row of {@code runs}. */
  static Dataset<Row> row(SparkSession spark, Facts facts, RunSummary summary) {
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
        settings, scala.jdk.javaapi.CollectionConverters.asScala(facts.tableHashes()),
        scala.jdk.javaapi.CollectionConverters.asScala(facts.tableVersions()));
    return spark.createDataFrame(List.of(row), SCHEMA);
  }
}
