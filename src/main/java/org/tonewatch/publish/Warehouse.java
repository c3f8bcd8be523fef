package org.tonewatch.publish;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tonewatch.UsageException;

/**
 * The warehouse: one Delta Lake table per table under one root, a local folder, {@code hdfs://…} or {@code s3a://…}.
 *
 * <p>Delta commits each table on its own, atomically: a reader of a table sees one of its versions, whole. A night
 * commits its tables one after another and the {@code runs} table last, whose row records the version of every table
 * the night left ({@link Snapshot}); a reader that reads a night reads each table at that version, so it sees one
 * night's tables together even while the next night commits. A night that dies before its {@code runs} row leaves
 * commits no such reader sees; the next night rolls them back first ({@link #rollBackTo}).
 *
 * <p>{@code articles} and {@code sentences} are partitioned by {@code year} (null for an article without a known
 * year). A night writes only the rows of the articles it changed ({@link #replaceArticles}); the small tables are
 * written whole. Only one night writes a warehouse at a time ({@code jobs/nightly.sh} holds a lock on a local one; on
 * a cluster the scheduler runs one at a time, which S3 needs too, see the README). Driver side.
 */
public final class Warehouse {
  static final String AUTO_COMPACT = "spark.databricks.delta.autoCompact.enabled";

  /**
   * The settings a Spark session needs for Delta tables, and Delta's auto compaction; a session built by the project
   * sets them. Each night adds a few small files to the partitions it touches; once a partition holds
   * {@code spark.databricks.delta.autoCompact.minNumFiles} (50) files under half of
   * {@code spark.databricks.delta.autoCompact.maxFileSize} (128 MB), the write that adds the last one rewrites them into
   * fewer, larger files, in a commit of its own right after the write's and within it. So the version a night records
   * for a table is the compacted one, and a night that dies before its record has its compactions rolled back with its
   * other commits.
   */
  public static final Map<String, String> SESSION_SETTINGS = Map.of(
      "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog",
      AUTO_COMPACT, "true");

  /**
   * A night that changes more articles than this rewrites {@code articles} and {@code sentences} whole rather than
   * naming each article in its replace condition (a new annotation version re-annotates every article).
   */
  static final int MAX_NAMED_ARTICLES = 20_000;

  /**
   * {@code builder} with {@link #SESSION_SETTINGS}, but for those given as system properties (spark-submit --conf).
   * Delta also reads a table's log in a few partitions instead of its default 50 (one per core in one local JVM,
   * {@value #CLUSTER_SNAPSHOT_PARTITIONS} on a cluster), and in one local JVM VACUUM lists a table's files in a few
   * tasks instead of Spark's file-listing parallelism (10,000): for a warehouse's logs, of thousands of files rather
   * than millions, both cost more to schedule than to do. Give {@code spark.databricks.delta.snapshotPartitions} with
   * {@code --conf} for a table of millions of files.
   */
  public static SparkSession.Builder withDelta(SparkSession.Builder builder) {
    SESSION_SETTINGS.forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        builder.config(key, value);
      }
    });
    String master = System.getProperty("spark.master");
    boolean local = master == null || master.startsWith("local");
    String few = Integer.toString(local ? Math.max(2, Runtime.getRuntime().availableProcessors()) : CLUSTER_SNAPSHOT_PARTITIONS);
    if (System.getProperty(SNAPSHOT_PARTITIONS) == null) {
      builder.config(SNAPSHOT_PARTITIONS, few);
    }
    if (local && System.getProperty(LISTING_PARALLELISM) == null) {
      builder.config(LISTING_PARALLELISM, few);
    }
    return builder;
  }

  static final int CLUSTER_SNAPSHOT_PARTITIONS = 8;
  static final String SNAPSHOT_PARTITIONS = "spark.databricks.delta.snapshotPartitions";
  static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

  private static final Pattern HADOOP_UNSAFE = Pattern.compile("[:\\[\\]{}*?\\\\]");

  private final SparkSession spark;
  private final String root;
  private final boolean local;
  private final java.nio.file.Path folder;

  /** The warehouse at {@code root}: a local path or {@code file:} URI, or a Hadoop URI such as {@code hdfs://nn/wh}. */
  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.local = !root.contains("://") || root.startsWith("file:");
    this.folder = !local ? null
        : (root.startsWith("file:") ? java.nio.file.Path.of(URI.create(root)) : java.nio.file.Path.of(root)).toAbsolutePath().normalize();
    // A local folder is named as a file: URI, so that a cluster whose default file system is HDFS still writes there.
    this.root = local ? folder.toUri().toString().replaceAll("/+$", "") : root.replaceAll("/+$", "");
  }

  /** The warehouse's root, as tables' paths start. */
  public String root() {
    return root;
  }

  /** Where {@code table} is: {@code <root>/<table>}. */
  public String path(String table) {
    return root + "/" + table;
  }

  /**
   * Refuses, before any work, a warehouse the run could not write: a local path that is a file, a folder that cannot
   * be created or written, a disk with less than {@code minFreeMegabytes} free, or a folder of the layout before Delta
   * tables; on HDFS or S3, a root that cannot be created. The message names {@code --warehouse}.
   */
  public void checkUsable(long minFreeMegabytes) {
    if (!local) {
      try {
        FileSystem fs = fileSystem();
        fs.mkdirs(new Path(root));
        Path probe = new Path(root, ".write-check-" + System.nanoTime());
        fs.create(probe, true).close();
        fs.delete(probe, false);
      } catch (IOException | RuntimeException e) {
        throw new UsageException("--warehouse " + root + " cannot be written: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")), e);
      }
      return;
    }
    if (HADOOP_UNSAFE.matcher(folder.toString()).find()) {
      throw new UsageException("--warehouse " + folder + " has a character Spark's file paths take for a URI or a glob "
          + "(: [ ] { } * ? \\); choose a folder name without them");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UsageException("--warehouse " + folder + " is a file, not a folder");
    }
    if (Files.exists(folder.resolve("_current")) || Files.exists(folder.resolve("_versions"))) {
      throw new UsageException("--warehouse " + folder + " holds Parquet tables of tonewatch before Delta Lake (_current, "
          + "_versions); run into a new warehouse folder, which annotates the input again");
    }
    try {
      Files.createDirectories(folder);
      java.nio.file.Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
      Files.delete(probe);
      long free = Files.getFileStore(folder).getUsableSpace();
      if (free < minFreeMegabytes * 1024 * 1024) {
        throw new UsageException(String.format(Locale.ROOT,
            "--warehouse %s has %d MB free, under warehouse.min-free-mb=%d; free some space and run again", folder,
            free / (1024 * 1024), minFreeMegabytes));
      }
    } catch (IOException e) {
      throw new UsageException("--warehouse " + folder + " cannot be written: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
  }

  /**
   * The latest Delta version of {@code table}, or -1 when it is not a table yet: the highest {@code N} of the
   * commit files {@code _delta_log/N.json}, as the Delta protocol defines a table's versions (a listing, not a
   * Spark job).
   */
  public long latestVersion(String table) {
    try {
      Path log = new Path(path(table), "_delta_log");
      FileSystem fs = fileSystem();
      if (!fs.exists(log)) {
        return -1;
      }
      long latest = -1;
      for (FileStatus file : fs.listStatus(log)) {
        Matcher commit = COMMIT_FILE.matcher(file.getPath().getName());
        if (commit.matches()) {
          latest = Math.max(latest, Long.parseLong(commit.group(1)));
        }
      }
      return latest;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the commits of " + path(table), e);
    }
  }

  private static final Pattern COMMIT_FILE = Pattern.compile("(\\d{20})\\.json");

  /** {@code table} as it was at {@code version}. */
  public Dataset<Row> read(String table, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(path(table));
  }

  /** The rows of the articles in {@code changes} (not {@link Changes#everything}) in {@code table} at {@code version}. */
  public Dataset<Row> rowsOf(String table, long version, Changes changes) {
    if (changes.everything()) {
      throw new IllegalArgumentException("rowsOf names articles; these changes are everything");
    }
    return changes.keys().isEmpty() ? read(table, version).limit(0) : read(table, version).where(replaceCondition(changes.keys()));
  }

  /**
   * Puts every one of {@code tables} back at the version {@code last} recorded, with Delta's RESTORE: the commits of
   * a night that died before its {@code runs} row are undone. A table {@code last} does not name (none when
   * {@code last} is null: no night completed) is deleted. Returns what it did, one line per table, for the log.
   */
  public List<String> rollBackTo(Snapshot last, List<String> tables) {
    List<String> done = new ArrayList<>();
    for (String table : tables) {
      long latest = latestVersion(table);
      Long recorded = last == null ? null : last.versions().get(table);
      if (latest < 0 && !exists(table)) {
        continue;
      }
      if (recorded == null) {
        delete(table);
        done.add(table + ": deleted (no completed night wrote it)");
      } else if (latest > recorded) {
        DeltaTable.forPath(spark, path(table)).restoreToVersion(recorded);
        done.add(table + ": restored from version " + latest + " to " + recorded);
      }
    }
    return done;
  }

  /** A small table, replaced whole by {@code rows} in one commit; returns the new version. */
  public long overwrite(Dataset<Row> rows, String table, String... sortColumns) {
    String[] keys = sortColumns.length == 0 ? new String[] {rows.columns()[0]} : sortColumns;
    delta(rows.coalesce(1).sortWithinPartitions(Arrays.stream(keys).map(k -> col(k).asc_nulls_last()).toArray(Column[]::new)))
        .mode(SaveMode.Overwrite).option("overwriteSchema", "true").save(path(table));
    return latestVersion(table);
  }

  /** Adds {@code rows} to {@code table} in one commit (columns it lacks are added); returns the new version. */
  public long append(Dataset<Row> rows, String table) {
    delta(rows.coalesce(1)).mode(SaveMode.Append).option("mergeSchema", "true").save(path(table));
    return latestVersion(table);
  }

  /**
   * The articles a night changes, collected once for every table it replaces them in: their keys
   * ({@code article_id, year}, each changed article with the year of its old rows and of its new ones), or
   * {@code everything} when there are more than {@value #MAX_NAMED_ARTICLES} to name (a new annotation version
   * re-annotates every article).
   */
  public record Changes(List<Row> keys, boolean everything) {
    /** At most two keys per article (its old year and its new one), so the first 2·max+1 keys decide "everything". */
    public static Changes of(Dataset<Row> changed) {
      List<Row> keys = changed.select("article_id", "year").distinct().limit(2 * MAX_NAMED_ARTICLES + 1).collectAsList();
      long articles = keys.stream().map(key -> key.getString(0)).distinct().count();
      return articles > MAX_NAMED_ARTICLES ? new Changes(List.of(), true) : new Changes(List.copyOf(keys), false);
    }

    boolean none() {
      return !everything && keys.isEmpty();
    }
  }

  /**
   * Makes the rows of the articles in {@code changes} those of {@code rows}, in one commit of {@code table}, a table
   * partitioned by {@code year}: Delta's {@code replaceWhere} deletes the old rows of those articles, in their years'
   * partitions only, and adds the new ones. Other articles' files are not touched. A new table, or
   * {@link Changes#everything}, is written whole, from {@code rows} and {@code unchanged} (the other articles' rows,
   * or null when {@code rows} are all); no changes leave it as it is. Returns its version.
   */
  public long replaceArticles(Dataset<Row> rows, Dataset<Row> unchanged, String table, Changes changes, String... sortColumns) {
    long latest = latestVersion(table);
    Column[] order = Arrays.stream(sortColumns).map(functions::col).toArray(Column[]::new);
    if (latest >= 0 && changes.none()) {
      return latest;
    }
    if (latest < 0 || changes.everything()) {
      Dataset<Row> all = unchanged == null ? rows : rows.unionByName(unchanged);
      byYear(all, order).mode(SaveMode.Overwrite).option("overwriteSchema", "true").save(path(table));
      return latestVersion(table);
    }
    List<Row> ids = changes.keys().stream().map(key -> key.getString(0)).distinct().map(id -> RowFactory.create(id)).toList();
    Dataset<Row> named = spark.createDataFrame(ids, new StructType().add("article_id", DataTypes.StringType));
    Dataset<Row> replacing = rows.join(functions.broadcast(named), rows.col("article_id").equalTo(named.col("article_id")), "left_semi");
    byYear(replacing, order).mode(SaveMode.Overwrite).option("mergeSchema", "true")
        .option("replaceWhere", replaceCondition(changes.keys())).save(path(table));
    return latestVersion(table);
  }

  /** {@code year IN (…) AND article_id IN (…)} for the keys, null years as {@code year IS NULL}. */
  static String replaceCondition(List<Row> keys) {
    TreeSet<Integer> years = new TreeSet<>();
    boolean unknownYear = false;
    for (Row key : keys) {
      if (key.isNullAt(1)) {
        unknownYear = true;
      } else {
        years.add(((Number) key.get(1)).intValue());
      }
    }
    List<String> yearTerms = new ArrayList<>();
    if (!years.isEmpty()) {
      yearTerms.add("year IN (" + years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
    }
    if (unknownYear) {
      yearTerms.add("year IS NULL");
    }
    return "(" + String.join(" OR ", yearTerms) + ") AND " + idCondition("article_id", keys);
  }

  /** {@code column IN (…)}, the articles of the keys. */
  static String idCondition(String column, List<Row> keys) {
    return column + " IN (" + keys.stream().map(key -> key.getString(0)).distinct().sorted().map(Warehouse::literal)
        .collect(Collectors.joining(", ")) + ")";
  }

  /**
   * Makes the rows of the articles in {@code changes} those of {@code rows} in {@code table}, a table that is not
   * partitioned and names its articles in {@code idColumn}, in one commit (Delta's {@code replaceWhere}); the other
   * articles' files are not rewritten. A new table, or {@link Changes#everything}, is written whole from {@code rows}
   * and {@code unchanged} (null when {@code rows} are all). Returns its version.
   */
  public long replaceIds(Dataset<Row> rows, Dataset<Row> unchanged, String table, String idColumn, Changes changes) {
    long latest = latestVersion(table);
    if (latest >= 0 && changes.none()) {
      return latest;
    }
    if (latest < 0 || changes.everything()) {
      return overwrite(unchanged == null ? rows : rows.unionByName(unchanged), table, idColumn);
    }
    delta(rows.coalesce(1).sortWithinPartitions(col(idColumn))).mode(SaveMode.Overwrite)
        .option("replaceWhere", idCondition(idColumn, changes.keys())).save(path(table));
    return latestVersion(table);
  }

  /** A Spark SQL string literal. */
  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** Deletes files no version after the last {@code retainHours} hours needs, in every table (Delta's VACUUM). */
  public void vacuum(List<String> tables, double retainHours) {
    for (String table : tables) {
      if (latestVersion(table) >= 0) {
        DeltaTable.forPath(spark, path(table)).vacuum(retainHours);
      }
    }
  }

  private DataFrameWriter<Row> byYear(Dataset<Row> rows, Column[] order) {
    return delta(rows.repartition(rows.col("year")).sortWithinPartitions(order)).partitionBy("year");
  }

  private static DataFrameWriter<Row> delta(Dataset<Row> rows) {
    return rows.write().format("delta");
  }

  private boolean exists(String table) {
    try {
      return fileSystem().exists(new Path(path(table)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void delete(String table) {
    try {
      fileSystem().delete(new Path(path(table)), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path(table), e);
    }
    // Delta keeps each table's log state per path in the JVM; a table deleted and written again must start afresh.
    DeltaLog.clearCache();
  }

  private FileSystem fileSystem() throws IOException {
    return new Path(root).getFileSystem(spark.sessionState().newHadoopConf());
  }
}
