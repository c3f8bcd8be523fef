package org.tonewatch.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tonewatch.UsageException;

/**
 * Reads an input folder: every file in it (listed on the driver, read as bytes through Spark's {@code binaryFile}
 * source) joined with its row of {@code manifest.csv} when there is one. A file the manifest does not list comes with
 * null metadata; a manifest row whose file is missing comes with null content, so that ingest can reject it by name. Files whose names start with
 * {@code .} or {@code _} are skipped, as Spark does everywhere. Driver side; the reading itself is distributed.
 */
public final class InputFolder {
  public static final String MANIFEST = "manifest.csv";

  /** The manifest's columns, in file order; {@code date_evidence} is kept for people, not read. */
  public static final StructType MANIFEST_SCHEMA = new StructType()
      .add("file", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("original_outlet", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("date_precision", DataTypes.StringType)
      .add("date_evidence", DataTypes.StringType);

  private InputFolder() {}

  /** The folder's rows and what the driver saw when it listed it. */
  public record Listing(Dataset<Row> rows, int files, boolean hasManifest) {}

  /**
   * Rows with the columns {@code file, content, outlet, original_outlet, url, published, date_precision}; see the
   * class comment. Nothing is read yet but the listing.
   */
  public static Listing joined(SparkSession spark, String directory) {
    Path dir = new Path(directory);
    List<Row> listed = new ArrayList<>();
    boolean hasManifest = false;
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.getFileStatus(dir).isDirectory()) {
        throw new UsageException("input " + directory + " is not a directory (set --input)");
      }
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (name.equals(MANIFEST)) {
          hasManifest = true;
        } else if (status.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
          listed.add(RowFactory.create(name));
        }
      }
    } catch (FileNotFoundException e) {
      throw new UsageException("input directory " + directory + " does not exist (set --input)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input directory " + directory, e);
    }

    // The listing is the truth about which files exist; Spark's file scans skip empty files, so their content is
    // filled in as zero bytes here and ingest rejects them by name.
    Dataset<Row> listing = spark.createDataFrame(listed, new StructType().add("file", DataTypes.StringType));
    Dataset<Row> contents = spark.read().format("binaryFile").load(directory)
        .withColumn("file", regexp_extract(col("path"), "[^/]+$", 0))
        .select("file", "content");
    Dataset<Row> files = listing.join(contents, "file", "left")
        .select(col("file"), coalesce(col("content"), lit(new byte[0])).as("content"));
    Dataset<Row> manifest = hasManifest
        ? spark.read().schema(MANIFEST_SCHEMA).option("header", "true").option("multiLine", "true").option("escape", "\"")
            .csv(new Path(dir, MANIFEST).toString())
            .filter(col("file").isNotNull())
            .dropDuplicates("file")
        : spark.createDataFrame(List.of(), MANIFEST_SCHEMA);

    Dataset<Row> rows = files.join(manifest, files.col("file").equalTo(manifest.col("file")), "full_outer")
        .select(
            coalesce(files.col("file"), manifest.col("file")).as("file"),
            files.col("content"),
            manifest.col("outlet"),
            manifest.col("original_outlet"),
            manifest.col("url"),
            manifest.col("published"),
            manifest.col("date_precision"));
    return new Listing(rows, listed.size(), hasManifest);
  }
}
