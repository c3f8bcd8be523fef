package org.tonewatch.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tonewatch.UsageException;

/**
 * An input folder's {@code manifest.csv}, read on the driver by its header's names, never by position. A missing
 * required column, an unknown or repeated column, or a file that is not CSV in UTF-8 stops the run before any work
 * ({@link UsageException}, naming the column). A row with another number of fields than the header, and two
 * different rows for one file, are not applied: the file they name is rejected ({@code manifest_row},
 * {@code manifest_conflict}), so no article gets metadata that may belong to another. Immutable.
 */
public final class Manifest {
  public static final String FILE = "manifest.csv";
  static final String FILE_COLUMN = "file";
  /** The columns a manifest may have; only {@code file} is required. {@code date_evidence} is for people. */
  public static final List<String> COLUMNS = List.of(
      FILE_COLUMN, "outlet", "original_outlet", "url", "published", "date_precision", "date_evidence");

  /** One file's metadata, or why the manifest gives it none ({@code code} and {@code reason} set). */
  public record Entry(Map<String, String> values, String code, String reason) {
    public String get(String column) {
      return values.get(column);
    }
  }

  private final Map<String, Entry> byFile;
  private final List<String> rowsWithoutFile;

  private Manifest(Map<String, Entry> byFile, List<String> rowsWithoutFile) {
    this.byFile = byFile;
    this.rowsWithoutFile = rowsWithoutFile;
  }

  /** No manifest: no file has metadata. */
  public static Manifest none() {
    return new Manifest(Map.of(), List.of());
  }

  /** The manifest's entry for {@code file}, or null when it has none. */
  public Entry entry(String file) {
    return byFile.get(file);
  }

  /** The file names the manifest has rows for, sorted. */
  public Set<String> files() {
    return byFile.keySet();
  }

  /** Rows that name no file at all ({@code manifest.csv row N}, counting data rows from 1), each a {@code manifest_row} reject. */
  public List<String> rowsWithoutFile() {
    return rowsWithoutFile;
  }

  public static Manifest parse(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UsageException(FILE + " is not UTF-8 text (re-encode it as UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
        .setIgnoreEmptyLines(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = checkHeader(parser.getHeaderNames());
      Map<String, List<CSVRecord>> rows = new TreeMap<>();
      List<String> withoutFile = new ArrayList<>();
      Map<String, Entry> byFile = new TreeMap<>();
      for (CSVRecord record : parser) {
        int fileIndex = header.indexOf(FILE_COLUMN);
        String file = record.size() > fileIndex ? record.get(fileIndex).strip() : "";
        if (file.isEmpty()) {
          withoutFile.add(FILE + " row " + record.getRecordNumber());
          continue;
        }
        rows.computeIfAbsent(file, f -> new ArrayList<>()).add(record);
      }
      for (Map.Entry<String, List<CSVRecord>> file : rows.entrySet()) {
        byFile.put(file.getKey(), entry(header, file.getValue()));
      }
      return new Manifest(byFile, withoutFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new UsageException(FILE + " is not valid CSV: " + e.getMessage());
    }
  }

  private static List<String> checkHeader(List<String> names) {
    if (names.isEmpty()) {
      throw new UsageException(FILE + " has no header row (it needs at least the column '" + FILE_COLUMN + "')");
    }
    Set<String> seen = new HashSet<>();
    List<String> header = new ArrayList<>();
    for (String raw : names) {
      String name = raw == null ? "" : raw.strip();
      if (!COLUMNS.contains(name)) {
        throw new UsageException(FILE + " has an unknown column '" + name + "' (known columns: " + String.join(", ", COLUMNS) + ")");
      }
      if (!seen.add(name)) {
        throw new UsageException(FILE + " has the column '" + name + "' twice");
      }
      header.add(name);
    }
    if (!seen.contains(FILE_COLUMN)) {
      throw new UsageException(FILE + " lacks the required column '" + FILE_COLUMN + "'");
    }
    return header;
  }

  /** A file's rows: one well-formed row is its metadata; anything else is a reason to apply none. */
  private static Entry entry(List<String> header, List<CSVRecord> records) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (CSVRecord record : records) {
      if (record.size() != header.size()) {
        return new Entry(Map.of(), "manifest_row", "row " + record.getRecordNumber() + " of " + FILE + " has " + record.size()
            + " fields where the header has " + header.size() + "; its metadata is not applied");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String value = record.get(i).strip();
        values.put(header.get(i), value.isEmpty() ? null : value);
      }
      rows.add(values);
    }
    for (Map<String, String> other : rows.subList(1, rows.size())) {
      if (!Objects.equals(rows.get(0), other)) {
        List<Long> lines = records.stream().map(CSVRecord::getRecordNumber).toList();
        return new Entry(Map.of(), "manifest_conflict", FILE + " has " + rows.size() + " different rows for this file (rows "
            + lines + "); none is applied");
      }
    }
    return new Entry(rows.get(0), null, null);
  }
}
