package org.tonewatch.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tonewatch.UsageException;

/**
 * The project's reference tables (leaders, offices, chrome rules, Russia terms, relation cues), read as CSV with
 * a header row. They live in {@code data/reference/} and are bundled into the job jar under {@code reference/}, so a
 * cluster run needs no shared file system; {@code reference.dir} points the job at another copy.
 *
 * <p>Runs on the driver. The loaded objects are small and serializable and travel to executors inside the functions
 * that use them.
 */
public final class ReferenceData {
  private final Path directory;

  private ReferenceData(Path directory) {
    this.directory = directory;
  }

  /** The tables bundled in the jar. */
  public static ReferenceData bundled() {
    return new ReferenceData(null);
  }

  /** The tables in {@code directory}, which must exist. */
  public static ReferenceData in(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new UsageException(
          "reference directory " + directory + " does not exist (set reference.dir, or leave it empty for the bundled tables)");
    }
    return new ReferenceData(directory);
  }

  /** Every row of {@code table} (a file name such as {@code leaders.csv}), as column → value maps. */
  public List<Map<String, String>> rows(String table) {
    try (Reader reader = open(table);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build().parse(reader)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toMap());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference table " + table + " from " + describe(), e);
    }
  }

  private Reader open(String table) throws IOException {
    InputStream in;
    if (directory == null) {
      in = ReferenceData.class.getResourceAsStream("/reference/" + table);
      if (in == null) {
        throw new IOException("reference/" + table + " is not on the classpath (was the jar built with mvn package?)");
      }
    } else {
      in = Files.newInputStream(directory.resolve(table));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private String describe() {
    return directory == null ? "the bundled reference data" : directory.toString();
  }
}
