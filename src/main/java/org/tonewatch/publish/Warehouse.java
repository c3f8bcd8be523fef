package org.tonewatch.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.tonewatch.UsageException;

/**
 * Writes the tables as Parquet under one warehouse folder, one folder per table, so that readers never see a
 * partial, missing or mixed set of tables.
 *
 * <p>A run writes every table into a folder of its own, {@code _versions/<run_id>/<table>}, that no reader looks at.
 * {@link #publish} then switches the symbolic link {@code _current} to that folder with one atomic rename; each
 * {@code <table>} in the warehouse folder is a fixed link to {@code _current/<table>}. A reader that opens
 * {@code warehouse/sentences} gets the tables of one run, the last published or the new one, never half of either. The
 * version before the current one is kept, for readers still in it; older ones are deleted at publish. The
 * {@code runs} table is part of each version (the runs before and this one), so a run's record and the tables it
 * describes appear together. A version may hold internal tables that {@link #publish} is not given: they get no link.
 *
 * <p>{@code articles} and {@code sentences} are Hive-style partitioned by {@code year}
 * ({@code year=__HIVE_DEFAULT_PARTITION__} holds the articles without a known year, which pyarrow and DuckDB read as
 * null); the small tables are one file each, sorted by key.
 *
 * <p>The switch needs a local or POSIX file system (rename and symbolic links); on HDFS or object stores a table format
 * with its own commits (Delta Lake, Apache Iceberg) is the way. Driver side.
 */
public final class Warehouse {
  static final String VERSIONS = "_versions";
  static final String CURRENT = "_current";

  private static final Pattern HADOOP_UNSAFE = Pattern.compile("[:\\[\\]{}*?\\\\]");

  private final Path root;
  private final String version;

  /** A warehouse under {@code root}, a local folder, where this run's tables are written as version {@code version}. */
  public Warehouse(String root, String version) {
    if (root.contains("://") && !root.startsWith("file:")) {
      throw new UsageException("the warehouse must be a local or mounted folder (its tables are switched by renaming a "
          + "link), not " + root);
    }
    this.root = (root.startsWith("file:") ? Path.of(URI.create(root)) : Path.of(root)).toAbsolutePath().normalize();
    this.version = version;
  }

  /**
   * Refuses, before any work, a warehouse the run could not write: a path that is a file, a folder that cannot be
   * created or written, or a disk with less than {@code minFreeMegabytes} free. The message names {@code --warehouse}.
   */
  public void checkUsable(long minFreeMegabytes) {
    if (HADOOP_UNSAFE.matcher(root.toString()).find()) {
      throw new UsageException("--warehouse " + root + " has a character Spark's file paths take for a URI or a glob "
          + "(: [ ] { } * ? \\); choose a folder name without them");
    }
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UsageException("--warehouse " + root + " is a file, not a folder");
    }
    try {
      Files.createDirectories(root);
      Path probe = Files.createTempFile(root, ".write-check", ".tmp");
      Files.delete(probe);
      long free = Files.getFileStore(root).getUsableSpace();
      if (free < minFreeMegabytes * 1024 * 1024) {
        throw new UsageException(String.format(Locale.ROOT,
            "--warehouse %s has %d MB free, under warehouse.min-free-mb=%d; free some space and run again", root,
            free / (1024 * 1024), minFreeMegabytes));
      }
    } catch (IOException e) {
      throw new UsageException("--warehouse " + root + " cannot be written: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
  }

  /**
   * Deletes versions that runs started after the published one left unpublished (a run that failed or was killed),
   * so that their files never fill the disk the next run needs. Only one run writes a warehouse at a time (see
   * {@code jobs/nightly.sh}); run ids sort by start time, so any version after the published one is abandoned.
   */
  public void dropAbandonedVersions() {
    Path versions = root.resolve(VERSIONS);
    if (!Files.isDirectory(versions)) {
      return;
    }
    try (Stream<Path> all = Files.list(versions)) {
      String current = currentVersion();
      for (Path folder : all.toList()) {
        String name = folder.getFileName().toString();
        if (!name.equals(version) && !name.equals("unversioned") && (current == null || name.compareTo(current) > 0)) {
          delete(folder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unpublished versions in " + versions, e);
    }
  }

  /** Where readers find {@code table}: {@code <warehouse>/<table>}. */
  public String path(String table) {
    return root.resolve(table).toString();
  }

  /** Where this run writes {@code table} before it is published. */
  public String staged(String table) {
    return root.resolve(VERSIONS).resolve(version).resolve(table).toString();
  }

  /**
   * The folder of the published version of {@code table}, the link resolved (so that it stays valid after this run's
   * switch), or null when none has been published. A table folder of the layout before versions counts as published.
   */
  public String published(String table) {
    Path current = root.resolve(CURRENT).resolve(table);
    Path legacy = root.resolve(table);
    try {
      if (Files.isDirectory(current)) {
        return current.toRealPath().toString();
      }
      return Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS) ? legacy.toString() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A row table partitioned by {@code year}; rows sorted within files so that a rerun writes the same files. An empty
   * table is one empty file with the table's schema.
   */
  public void writeByYear(Dataset<Row> rows, String table, String... sortColumns) {
    if (rows.isEmpty()) {
      // No row, no partition folder: one empty file keeps the schema, so every reader (and the next run) can open the
      // table. It reads as an empty table with the same columns, year included.
      rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(staged(table));
      return;
    }
    rows.repartition(rows.col("year")).sortWithinPartitions(Arrays.stream(sortColumns).map(functions::col).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).partitionBy("year").parquet(staged(table));
  }

  /** A small table, as one file sorted by {@code sortColumns} (nulls last), by default its first column. */
  public void writeSmall(Dataset<Row> rows, String table, String... sortColumns) {
    String[] keys = sortColumns.length == 0 ? new String[] {rows.columns()[0]} : sortColumns;
    rows.coalesce(1).sortWithinPartitions(Arrays.stream(keys).map(k -> functions.col(k).asc_nulls_last()).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).parquet(staged(table));
  }

  /**
   * Makes this run's version of {@code tables} the one readers see, in one atomic step, then deletes the versions
   * older than the one it replaces. A table folder left by a warehouse of the layout before versions is moved into
   * {@code _versions/unversioned} first.
   */
  public void publish(List<String> tables) {
    try {
      Path versions = root.resolve(VERSIONS);
      for (String table : tables) {
        if (!Files.isDirectory(versions.resolve(version).resolve(table))) {
          throw new IllegalStateException("table " + table + " was not written in version " + version);
        }
      }
      String previous = currentVersion();
      Path next = root.resolve(CURRENT + ".next");
      Files.deleteIfExists(next);
      Files.createSymbolicLink(next, Path.of(VERSIONS, version));
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      for (String table : tables) {
        link(table);
      }
      prune(previous);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish version " + version + " in " + root, e);
    }
  }

  /** The name of the published version, or null. */
  public String currentVersion() throws IOException {
    Path current = root.resolve(CURRENT);
    return Files.isSymbolicLink(current) ? Files.readSymbolicLink(current).getFileName().toString() : null;
  }

  /** {@code <warehouse>/<table>} → {@code _current/<table>}, made once. */
  private void link(String table) throws IOException {
    Path path = root.resolve(table);
    if (Files.isSymbolicLink(path)) {
      return;
    }
    if (Files.exists(path)) {
      Path legacy = root.resolve(VERSIONS).resolve("unversioned");
      Files.createDirectories(legacy);
      Files.move(path, legacy.resolve(table));
    }
    try {
      Files.createSymbolicLink(path, Path.of(CURRENT, table));
    } catch (FileAlreadyExistsException e) {
      // another publish made it in the meantime: the same link
    }
  }

  /** Deletes every version but the current one and {@code keep}. */
  private void prune(String keep) throws IOException {
    try (Stream<Path> all = Files.list(root.resolve(VERSIONS))) {
      for (Path old : all.toList()) {
        String name = old.getFileName().toString();
        if (!name.equals(version) && !name.equals(keep)) {
          delete(old);
        }
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
