package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.publish.Tables;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * Generated hostile input folders, run through the whole job with the fake NLP engine. On every folder the run
 * completes, every input is an article, a copy or a reject ({@code inputs_seen = articles + copies + rejects}), every
 * reject has a code and a reason, and the marker planted outside the folder is in no table.
 */
class HostileFolderPropertiesTest {
  private static final String MARKER = "OUTSIDE-MARKER-91c2";
  private static final String NAME_CHARACTERS = ":[]{}%?*# éü漢-_.";

  /** One entry of a generated folder: its name and what is written there. */
  record Entry(String name, Kind kind, String text) {}

  enum Kind { TEXT_UTF8, TEXT_UTF16, TEXT_LATIN1, BINARY, JSON, JSONL, LINK_OUT, LINK_FOLDER_OUT, SUBFOLDER, EMPTY }

  @Property(tries = 8, seed = "20261201", shrinking = ShrinkingMode.OFF)
  void everyHostileFolderIsAccountedForAndStaysInside(@ForAll("folders") List<Entry> entries,
      @ForAll("manifests") List<String> manifestRows) throws IOException {
    Path root = Files.createTempDirectory("hostile");
    try {
      Path outside = Files.createDirectories(root.resolve("outside"));
      Files.writeString(outside.resolve("secret.txt"), MARKER + " Russia and Britain talked about the weather for hours.");
      Path input = Files.createDirectories(root.resolve("in [" + entries.size() + "] :{%}#"));
      Set<String> names = new HashSet<>();
      for (Entry entry : entries) {
        if (names.add(entry.name())) {
          write(input, outside, entry);
        }
      }
      if (!manifestRows.isEmpty()) {
        List<String> lines = new ArrayList<>(List.of("file,outlet,url,published,date_precision"));
        lines.addAll(manifestRows);
        Files.write(input.resolve("manifest.csv"), lines, StandardCharsets.UTF_8);
      }
      String warehouse = root.resolve("warehouse").toString();
      SparkSession spark = SharedSpark.session();
      RunSummary summary = NightlyJob.run(spark, JobConf.from(null, Map.of("input", input.toString(), "warehouse", warehouse,
          "nlp.engine", FakeNlpEngine.class.getName())));

      InputAccount inputs = summary.inputs();
      assertEquals(summary.inputsSeen(), inputs.articles() + inputs.copies() + inputs.rejects());
      assertTrue(summary.inputsSeen() >= names.size(), "every entry is at least one input");
      for (Row reject : WarehouseTables.read(warehouse, Tables.REJECTS).collectAsList()) {
        assertNotNull(reject.getAs("code"));
        assertFalse(reject.<String>getAs("reason").isBlank());
      }
      for (String table : Tables.VERSIONED) {
        for (String json : WarehouseTables.read(warehouse, table).toJSON().collectAsList()) {
          assertFalse(json.contains(MARKER), table + " holds text from outside the folder");
        }
      }
    } finally {
      delete(root);
    }
  }

  @Provide
  Arbitrary<List<Entry>> folders() {
    Arbitrary<String> names = Arbitraries.strings().withChars(NAME_CHARACTERS).ofMinLength(1).ofMaxLength(6)
        .map(s -> s.replace('/', '-'));
    Arbitrary<String> sentences = Arbitraries.of(
        "Russia and Britain agreed a wonderful deal after long talks in London.",
        "The Kremlin denied an awful report about the poisoning in Salisbury.",
        "Vladimir Putin met the prime minister and both praised the progress.",
        "Moscow expelled British diplomats; London answered with sanctions.");
    Arbitrary<String> texts = sentences.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    Arbitrary<String> json = Combinators.combine(texts, Arbitraries.of(JsonShape.values())).as(JsonShape::render);
    Arbitrary<Kind> kinds = Arbitraries.of(Kind.values());
    Arbitrary<Entry> entries = Combinators.combine(names, kinds, texts, json).as((name, kind, text, j) -> switch (kind) {
      case JSON -> new Entry(name + ".json", kind, j);
      case JSONL -> new Entry(name + ".jsonl", kind, j + "\n" + j.replace("\n", " "));
      case SUBFOLDER, LINK_FOLDER_OUT -> new Entry(name, kind, text);
      default -> new Entry(name + ".txt", kind, text);
    });
    return entries.list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> manifests() {
    Arbitrary<String> rows = Arbitraries.of(
        "a.txt,Outlet A,https://example.com/a,2018-03-14,day",
        "a.txt,Outlet B,https://example.com/b,2018-03-15,day",
        "missing.txt,Outlet C,,2019,year",
        "short.txt,Outlet D",
        ",Outlet E,,,",
        "\"quoted, name.txt\",Outlet F,,2020-01,month");
    return rows.list().ofMaxSize(4);
  }

  /** The shapes a news-please file takes in the wild, and a few it should not. */
  enum JsonShape {
    OBJECT, ARRAY, EMPTY_ARRAY, TWO_OBJECTS, WRONG_TYPE, BROKEN, NOT_AN_OBJECT;

    static String render(String text, JsonShape shape) {
      String object = "{\"title\": \"T\", \"maintext\": \"" + text + "\", \"language\": \"en\"}";
      return switch (shape) {
        case OBJECT -> object;
        case ARRAY -> "[" + object + ", " + object.replace("\"T\"", "\"U\"") + "]";
        case EMPTY_ARRAY -> "[]";
        case TWO_OBJECTS -> object + object.replace("\"T\"", "\"V\"");
        case WRONG_TYPE -> "{\"maintext\": [\"" + text + "\"]}";
        case BROKEN -> object.substring(0, object.length() / 2);
        case NOT_AN_OBJECT -> "42";
      };
    }
  }

  private static void write(Path input, Path outside, Entry entry) throws IOException {
    Path path = input.resolve(entry.name());
    switch (entry.kind()) {
      case TEXT_UTF8, JSON, JSONL -> Files.writeString(path, entry.text());
      case TEXT_UTF16 -> Files.write(path, ("\uFEFF" + entry.text()).getBytes(StandardCharsets.UTF_16BE));
      case TEXT_LATIN1 -> Files.write(path, (entry.text() + " Caf\u00e9.").getBytes(StandardCharsets.ISO_8859_1));
      case BINARY -> Files.write(path, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0x1a});
      case EMPTY -> Files.write(path, new byte[0]);
      case LINK_OUT -> Files.createSymbolicLink(path, outside.resolve("secret.txt"));
      case LINK_FOLDER_OUT -> Files.createSymbolicLink(path, outside);
      case SUBFOLDER -> Files.writeString(Files.createDirectories(path).resolve("inner.txt"), entry.text());
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
