package org.tonewatch.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tonewatch.UsageException;

/**
 * An input folder as a boundary: lists it on the driver, accounts for every entry, and reads the files' bytes on the
 * executors.
 *
 * <p>Only the folder's own regular files are read. Nothing outside it is: a symbolic link is never followed (code
 * {@code symlink}, and files are opened with {@code O_NOFOLLOW}, so a file swapped for a link after the listing is not
 * followed either); a subfolder is not read ({@code subfolder}); a pipe, socket or device is not opened
 * ({@code special_file}); a name starting with {@code .} or {@code _} is hidden by convention ({@code hidden_file}).
 * Each of these is a reject row, so every entry of the folder is accounted for.
 *
 * <p>Names are never parsed as URIs or globs: a local folder is listed and read through {@code java.nio.file}, so
 * {@code :}, {@code [ ]}, {@code { }}, {@code %}, {@code ?}, {@code *}, {@code #}, spaces and any Unicode work in the
 * folder's path and in its files' names. A folder given as a URI with a scheme other than {@code file}
 * ({@code hdfs://...}) is listed through Hadoop's {@code FileSystem}, whose listing hands back each file's own path;
 * no glob is expanded.
 *
 * <p>{@code manifest.csv}, when present, is read on the driver by {@link Manifest}; its rows are attached to the files
 * they name, and a row naming no file of the folder becomes a {@code missing_file} entry.
 */
public final class InputFolder {
  public static final String MANIFEST = Manifest.FILE;
  private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*");

  /** The rows handed to {@link SourceFile}: an entry, its metadata, and what kept it from being read, if anything. */
  public static final StructType ENTRY_SCHEMA = new StructType()
      .add("file", DataTypes.StringType)
      .add("location", DataTypes.StringType)
      .add("entry_code", DataTypes.StringType)
      .add("entry_reason", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("original_outlet", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("date_precision", DataTypes.StringType);
  static final StructType CONTENT_SCHEMA = ENTRY_SCHEMA.add("content", DataTypes.BinaryType);

  private InputFolder() {}

  /** The folder's rows (one per entry, plus one per manifest row naming a missing file) and what the listing saw. */
  public record Listing(Dataset<Row> rows, int entries, boolean hasManifest) {}

  /** One entry of the folder as listed on the driver: its name, where to read it, or why it is not read. */
  record Entry(String name, String location, String code, String reason) {}

  /**
   * Lists {@code directory} and joins the manifest; the files' bytes are read lazily, on the executors, into the
   * column {@code content} (null for entries that are not read). Files larger than {@code maxTextBytes} that are
   * plain text are not read in full: no such file can be within the character limit.
   */
  public static Listing read(SparkSession spark, String directory, long maxTextBytes) {
    boolean local = !HAS_SCHEME.matcher(directory).matches() || directory.startsWith("file:");
    Map<String, String> hadoop = local ? Map.of() : settings(spark.sparkContext().hadoopConfiguration());
    Folder folder = local ? new LocalFolder(directory) : new HadoopFolder(directory, hadoop);
    List<Entry> entries = folder.list();
    byte[] manifestBytes = null;
    List<Row> rows = new ArrayList<>();
    Map<String, Entry> byName = new TreeMap<>();
    for (Entry entry : entries) {
      if (entry.name().equals(MANIFEST) && entry.code() == null) {
        manifestBytes = folder.read(entry.location(), Long.MAX_VALUE);
      } else {
        byName.put(entry.name(), entry);
      }
    }
    Manifest manifest = manifestBytes == null ? Manifest.none() : Manifest.parse(manifestBytes);
    for (Entry entry : byName.values()) {
      Manifest.Entry meta = manifest.entry(entry.name());
      String code = entry.code() != null ? entry.code() : meta != null ? meta.code() : null;
      String reason = entry.code() != null ? entry.reason() : meta != null ? meta.reason() : null;
      rows.add(row(entry.name(), entry.location(), code, reason, meta));
    }
    for (String file : manifest.files()) {
      if (!byName.containsKey(file)) {
        rows.add(row(file, null, "missing_file", "the manifest lists " + file + " but the input folder has no such file", null));
      }
    }
    for (String row : manifest.rowsWithoutFile()) {
      rows.add(row(row, null, "manifest_row", "this row of " + MANIFEST + " names no file", null));
    }
    Dataset<Row> listed = spark.createDataFrame(rows, ENTRY_SCHEMA);
    Dataset<Row> read = listed.map(new ReadContent(folder, maxTextBytes), ExpressionEncoder.apply(CONTENT_SCHEMA));
    return new Listing(read, entries.size() - (manifestBytes == null ? 0 : 1), manifestBytes != null);
  }

  private static Row row(String file, String location, String code, String reason, Manifest.Entry meta) {
    boolean applied = meta != null && meta.code() == null;
    return RowFactory.create(file, code == null ? location : null, code, reason,
        applied ? meta.get("outlet") : null, applied ? meta.get("original_outlet") : null, applied ? meta.get("url") : null,
        applied ? meta.get("published") : null, applied ? meta.get("date_precision") : null);
  }

  private static Map<String, String> settings(Configuration configuration) {
    Map<String, String> copy = new HashMap<>();
    configuration.forEach(e -> copy.put(e.getKey(), e.getValue()));
    return copy;
  }

  /** Where the entries come from, a local folder or a Hadoop file system; listed on the driver, read on executors. */
  private interface Folder extends Serializable {
    List<Entry> list();

    byte[] read(String location, long maxBytes);
  }

  static final String HIDDEN_REASON = "the name starts with '.' or '_', which marks a hidden file; rename it to have it read";

  private record LocalFolder(String directory) implements Folder {
    @Override
    public List<Entry> list() {
      Path dir = directory.startsWith("file:") ? Path.of(URI.create(directory)) : Path.of(directory);
      List<Entry> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path path : stream) {
          String name = path.getFileName().toString();
          BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          entries.add(classify(name, path.toAbsolutePath().toString(), attributes.isSymbolicLink(), attributes.isDirectory(),
              attributes.isRegularFile()));
        }
      } catch (NoSuchFileException e) {
        throw new UsageException("input directory " + dir + " does not exist (set --input)");
      } catch (NotDirectoryException e) {
        throw new UsageException("input " + dir + " is not a directory (set --input)");
      } catch (IOException e) {
        throw new UsageException("cannot list input directory " + dir + ": " + e.getMessage() + " (set --input)");
      }
      return entries;
    }

    @Override
    public byte[] read(String location, long maxBytes) {
      return readLocal(location, maxBytes);
    }
  }

  /** The bytes of a local file, opened without following a link; at most {@code maxBytes}, else null. */
  static byte[] readLocal(String location, long maxBytes) {
    try (SeekableByteChannel channel = Files.newByteChannel(Path.of(location),
        Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      if (channel.size() > maxBytes) {
        return null;
      }
      return Channels.newInputStream(channel).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record HadoopFolder(String directory, Map<String, String> settings) implements Folder {
    @Override
    public List<Entry> list() {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(URI.create(directory));
      List<Entry> entries = new ArrayList<>();
      try {
        FileSystem fs = dir.getFileSystem(configuration(settings));
        if (!fs.getFileStatus(dir).isDirectory()) {
          throw new UsageException("input " + directory + " is not a directory (set --input)");
        }
        for (FileStatus status : fs.listStatus(dir)) {
          entries.add(classify(status.getPath().getName(), status.getPath().toUri().toString(), status.isSymlink(),
              status.isDirectory(), status.isFile()));
        }
      } catch (FileNotFoundException e) {
        throw new UsageException("input directory " + directory + " does not exist (set --input)");
      } catch (IOException | IllegalArgumentException e) {
        throw new UsageException("cannot list input directory " + directory + ": " + e.getMessage() + " (set --input)");
      }
      return entries;
    }

    @Override
    public byte[] read(String location, long maxBytes) {
      return readHadoop(location, settings, maxBytes);
    }
  }

  static byte[] readHadoop(String location, Map<String, String> settings, long maxBytes) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(location));
    try {
      FileSystem fs = path.getFileSystem(configuration(settings));
      if (fs.getFileStatus(path).getLen() > maxBytes) {
        return null;
      }
      try (FSDataInputStream in = fs.open(path)) {
        return ((InputStream) in).readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Configuration configuration(Map<String, String> settings) {
    Configuration configuration = new Configuration(false);
    settings.forEach(configuration::set);
    return configuration;
  }

  private static Entry classify(String name, String location, boolean link, boolean directory, boolean regular) {
    if (link) {
      return new Entry(name, location, "symlink", "a symbolic link: links are never followed, so that nothing outside the "
          + "input folder is read; copy the file into the folder instead");
    }
    if (directory) {
      return new Entry(name, location, "subfolder", "a folder: subfolders are not read; move its files into the input folder");
    }
    if (!regular) {
      return new Entry(name, location, "special_file", "not a regular file (a pipe, socket or device), so it is not opened");
    }
    if (name.startsWith(".") || name.startsWith("_")) {
      return new Entry(name, location, "hidden_file", HIDDEN_REASON);
    }
    return new Entry(name, location, null, null);
  }

  /**
   * Executor side: adds an entry's bytes as {@code content}. A read that fails becomes the entry's reject
   * ({@code unreadable}) rather than the task's failure; a text file over the byte limit is {@code too_long} unread.
   */
  static final class ReadContent implements MapFunction<Row, Row> {
    private final Folder folder;
    private final long maxTextBytes;

    ReadContent(Folder folder, long maxTextBytes) {
      this.folder = folder;
      this.maxTextBytes = maxTextBytes;
    }

    @Override
    public Row call(Row row) {
      String location = row.getAs("location");
      if (row.getAs("entry_code") != null || location == null) {
        return with(row, null, null, null);
      }
      String file = row.getAs("file");
      long limit = file.toLowerCase(Locale.ROOT).endsWith(".txt") ? maxTextBytes : Integer.MAX_VALUE - 16;
      try {
        byte[] content = folder.read(location, limit);
        if (content == null) {
          return with(row, "too_long", "the file has more bytes than ingest.max-characters allows characters", null);
        }
        return with(row, null, null, content);
      } catch (UncheckedIOException e) {
        String message = e.getCause().getMessage();
        return with(row, "unreadable", "cannot read the file: " + e.getCause().getClass().getSimpleName()
            + (message == null ? "" : " " + message), null);
      }
    }

    private static Row with(Row row, String code, String reason, byte[] content) {
      Object[] values = new Object[CONTENT_SCHEMA.size()];
      for (int i = 0; i < ENTRY_SCHEMA.size(); i++) {
        values[i] = row.get(i);
      }
      if (code != null) {
        values[ENTRY_SCHEMA.fieldIndex("entry_code")] = code;
        values[ENTRY_SCHEMA.fieldIndex("entry_reason")] = reason;
      }
      values[CONTENT_SCHEMA.size() - 1] = content;
      return new GenericRowWithSchema(values, CONTENT_SCHEMA);
    }
  }
}
