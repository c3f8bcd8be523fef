package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;
import org.tonewatch.publish.Tables;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * The job on a folder built as a hostile user would (links out of the folder, names Hadoop would take for URIs and
 * globs, hidden entries, subfolders, a pipe, JSON of every shape, wrong encodings and types, a manifest with its
 * columns moved and rows in conflict), with the fake NLP engine: every entry is an article or a reject with its own
 * code, nothing outside the folder is read, and the run completes.
 */
class HostileInputJobTest {
  @TempDir static Path dir;
  private static SparkSession spark;
  private static RunSummary summary;
  private static String warehouse;
  static final String MARKER = "MARKER-FROM-OUTSIDE-7f3a";
  static final String ENGLISH = "Russia and Britain agreed a wonderful deal on trade after long talks in London. "
      + "The Kremlin said the agreement would help both countries, and officials in Whitehall welcomed it warmly.";
  private static final String WEIRD = "we:ird [name] {x} %41 ? * # é.txt";

  @BeforeAll
  static void runTheJobOnAHostileFolder() throws Exception {
    spark = SharedSpark.session();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), MARKER + " " + ENGLISH);
    Files.writeString(outside.resolve("inner.txt"), MARKER + " " + ENGLISH);
    // The input folder's own path has the characters that broke Hadoop paths.
    Path input = Files.createDirectories(dir.resolve("in:put [x] {y} %z ?#"));
    Files.writeString(input.resolve("good.txt"), ENGLISH);
    Files.createSymbolicLink(input.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(input.resolve("linked-folder"), outside);
    Files.writeString(input.resolve(WEIRD), "Vladimir Putin praised the wonderful talks with the British prime minister.");
    Files.writeString(input.resolve(".hidden.txt"), ENGLISH + " Hidden.");
    Files.writeString(input.resolve("_underscore.txt"), ENGLISH + " Underscored.");
    Path sub = Files.createDirectories(input.resolve("sub"));
    Files.writeString(sub.resolve("nested.txt"), ENGLISH + " Nested.");
    Process fifo = new ProcessBuilder("mkfifo", input.resolve("pipe.txt").toString()).start();
    assertEquals(0, fifo.waitFor());
    Files.writeString(input.resolve("empty-array.json"), "[]");
    Files.writeString(input.resolve("two-objects.json"), "{\"maintext\": \"" + ENGLISH + " One.\", \"language\": \"en\"}"
        + "{\"maintext\": \"" + ENGLISH + " Two.\", \"language\": \"en-GB\"}");
    Files.writeString(input.resolve("lines.jsonl"),
        "{\"maintext\": \"" + ENGLISH + " A.\"} {\"maintext\": \"" + ENGLISH + " B.\"}\n"
        + "[{\"maintext\": \"" + ENGLISH + " C.\"}, {\"maintext\": \"" + ENGLISH + " D.\"}]\n"
        + "{\"maintext\": 42}\n"
        + "[]\n");
    byte[] utf16 = ("\uFEFF" + ENGLISH + " Sixteen.").getBytes(StandardCharsets.UTF_16LE);
    Files.write(input.resolve("utf16.txt"), utf16);
    Files.writeString(input.resolve("html.json"), "{\"title\": \"<b>Talks</b> &amp; deals\", \"maintext\": "
        + "\"<p>Russia &amp; Britain agreed a wonderful deal on trade after long talks.</p><p>The Kremlin said it "
        + "would help &quot;both countries&quot;.<br>Officials welcomed it.</p><script>var x = 1;</script>\", \"language\": \"EN\"}");
    Files.writeString(input.resolve("german.txt"), "Russland und Gro\u00dfbritannien haben sich nach langen Gespr\u00e4chen "
        + "in London auf ein Handelsabkommen geeinigt. Der Kreml erkl\u00e4rte, die Vereinbarung werde beiden L\u00e4ndern "
        + "helfen, und Beamte in der britischen Regierung begr\u00fc\u00dften sie.");
    Files.writeString(input.resolve("future.json"), "{\"maintext\": \"" + ENGLISH + " Future.\", \"date_publish\": "
        + "\"2999-01-01 00:00:00\", \"language\": \"en\"}");
    Files.writeString(input.resolve("long-title.json"), "{\"title\": \"" + "Russia talks ".repeat(100) + "\", \"maintext\": \""
        + ENGLISH + " Title.\", \"language\": \"en\"}");
    Files.writeString(input.resolve("conflict.txt"), ENGLISH + " Conflict.");
    Files.writeString(input.resolve("short-row.txt"), ENGLISH + " Short row.");
    Files.writeString(input.resolve("moved-columns.txt"), ENGLISH + " Moved.");
    // Columns in another order than the documented one: read by name, the URL stays a URL.
    Files.writeString(input.resolve("manifest.csv"), "url,published,file,outlet,date_precision,original_outlet\n"
        + "https://example.com/a,2018-03-14,moved-columns.txt,Outlet M,day,Outlet M\n"
        + "https://example.com/b,2018-03-14,conflict.txt,Outlet A,day,Outlet A\n"
        + "https://example.com/c,2018-03-15,conflict.txt,Outlet B,day,Outlet B\n"
        + "https://example.com/d,2018-03-14,short-row.txt\n");

    warehouse = dir.resolve("warehouse é #1 %41").toString();
    // Copy detection off: the records share most of their words, and each is to be seen as an article of its own.
    summary = NightlyJob.run(spark, JobConf.from(null, Map.of("input", input.toString(), "warehouse", warehouse,
        "nlp.engine", FakeNlpEngine.class.getName(), "copies.min-similarity", "0")));
  }

  private static Dataset<Row> table(String name) {
    return WarehouseTables.read(warehouse, name);
  }

  @Test
  void everyEntryAndRecordIsAnArticleOrARejectWithItsOwnCode() {
    Map<String, String> codes = new TreeMap<>();
    for (Row row : table("rejects").collectAsList()) {
      codes.put(row.getAs("source"), row.getAs("code"));
      assertFalse(row.<String>getAs("reason").isBlank(), "every reject has a reason");
    }
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("link.txt", "symlink"), Map.entry("linked-folder", "symlink"),
        Map.entry(".hidden.txt", "hidden_file"), Map.entry("_underscore.txt", "hidden_file"),
        Map.entry("sub", "subfolder"), Map.entry("pipe.txt", "special_file"),
        Map.entry("empty-array.json", "empty_json"), Map.entry("lines.jsonl:3", "bad_json"),
        Map.entry("lines.jsonl:4", "empty_json"), Map.entry("german.txt", "not_english"),
        Map.entry("conflict.txt", "manifest_conflict"), Map.entry("short-row.txt", "manifest_row")));
    assertEquals(expected, codes);
    assertTrue(table("rejects").filter("source = 'lines.jsonl:3'").first().<String>getAs("reason")
        .contains("'maintext' is a number, not a string"));

    List<String> sources = table("articles").select("source").orderBy("source").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of("future.json", "good.txt", "html.json", "lines.jsonl:1#1", "lines.jsonl:1#2", "lines.jsonl:2[0]",
        "lines.jsonl:2[1]", "long-title.json", "moved-columns.txt", "two-objects.json#1", "two-objects.json#2", "utf16.txt",
        WEIRD), sources);
  }

  @Test
  void theSummaryAccountsForEveryInput() {
    InputAccount inputs = summary.inputs();
    assertEquals(25, summary.inputsSeen());
    assertEquals(summary.inputsSeen(), inputs.articles() + inputs.copies() + inputs.rejects());
    assertEquals(12, inputs.rejects());
    assertTrue(summary.line().contains("inputs_seen=25 (= articles 13 + copies 0 + rejects 12)"), summary.line());
  }

  @Test
  void nothingFromOutsideTheFolderIsInAnyTable() {
    for (String name : Tables.VERSIONED) {
      for (String json : table(name).toJSON().collectAsList()) {
        assertFalse(json.contains(MARKER), name + " holds text from outside the input folder: " + json);
      }
    }
  }

  @Test
  void theManifestIsReadByItsHeaderNames() {
    Row moved = table("articles").filter("source = 'moved-columns.txt'").first();
    assertEquals("https://example.com/a", moved.getAs("url"));
    assertEquals("Outlet M", moved.getAs("outlet_raw"));
    assertEquals("2018-03-14", moved.getAs("published"));
    assertEquals("ok", moved.getAs("date_status"));
  }

  @Test
  void contentIsDecodedStrippedAndChecked() {
    Row utf16 = table("articles").filter("source = 'utf16.txt'").first();
    assertTrue(utf16.<String>getAs("text").startsWith("Russia and Britain agreed"), utf16.<String>getAs("text"));

    Row html = table("articles").filter("source = 'html.json'").first();
    assertEquals("Talks & deals", html.getAs("title"));
    String text = html.getAs("text");
    assertTrue(text.startsWith("Russia & Britain agreed a wonderful deal"), text);
    assertTrue(text.contains("help \"both countries\".\nOfficials welcomed it."), text);
    assertFalse(text.contains("<") || text.contains("var x"), text);

    Row future = table("articles").filter("source = 'future.json'").first();
    assertEquals("invalid", future.getAs("date_status"));
    assertNull(future.getAs("year"));

    String title = table("articles").filter("source = 'long-title.json'").first().getAs("title");
    assertTrue(title.length() <= 301 && title.endsWith("…"), title);
    assertEquals("en-GB", table("articles").filter("source = 'two-objects.json#2'").first().getAs("language"));
  }

  @Test
  void aManifestWithoutTheFileColumnOrWithAnUnknownColumnStopsTheRunNamingIt() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad-manifest"));
    Files.writeString(bad.resolve("a.txt"), ENGLISH);
    Files.writeString(bad.resolve("manifest.csv"), "outlet,url\nOutlet A,https://example.com/a\n");
    JobConf conf = JobConf.from(null, Map.of("input", bad.toString(), "warehouse", dir.resolve("w-bad").toString(),
        "nlp.engine", FakeNlpEngine.class.getName()));
    UsageException missing = assertThrows(UsageException.class, () -> NightlyJob.run(spark, conf));
    assertEquals("manifest.csv lacks the required column 'file'", missing.getMessage());

    Files.writeString(bad.resolve("manifest.csv"), "file,outlet,urls\na.txt,Outlet A,https://example.com/a\n");
    UsageException unknown = assertThrows(UsageException.class, () -> NightlyJob.run(spark, conf));
    assertTrue(unknown.getMessage().startsWith("manifest.csv has an unknown column 'urls'"), unknown.getMessage());
    assertFalse(Files.exists(dir.resolve("w-bad").resolve("articles")), "nothing was published");
  }

  @Test
  void aWarehouseThatIsAFileOrTooFullIsRefusedBeforeAnyWorkNamingTheOption() throws Exception {
    Path input = Files.createDirectories(dir.resolve("small"));
    Files.writeString(input.resolve("a.txt"), ENGLISH);
    Path file = Files.writeString(dir.resolve("warehouse-is-a-file"), "x");
    Map<String, String> settings = new HashMap<>(Map.of("input", input.toString(), "warehouse", file.toString(),
        "nlp.engine", FakeNlpEngine.class.getName()));
    UsageException isFile = assertThrows(UsageException.class, () -> NightlyJob.run(spark, JobConf.from(null, settings)));
    assertEquals("--warehouse " + file + " is a file, not a folder", isFile.getMessage());

    settings.put("warehouse", dir.resolve("ware:house [1]").toString());
    UsageException glob = assertThrows(UsageException.class, () -> NightlyJob.run(spark, JobConf.from(null, settings)));
    assertTrue(glob.getMessage().contains("choose a folder name without them"), glob.getMessage());

    settings.put("warehouse", dir.resolve("w-full").toString());
    settings.put("warehouse.min-free-mb", Integer.toString(Integer.MAX_VALUE));
    UsageException full = assertThrows(UsageException.class, () -> NightlyJob.run(spark, JobConf.from(null, settings)));
    assertTrue(full.getMessage().startsWith("--warehouse " + dir.resolve("w-full") + " has ") && full.getMessage().contains(
        "MB free, under warehouse.min-free-mb="), full.getMessage());
  }

  @Test
  void aFolderWhereEveryInputIsRejectedPublishesEmptyTablesThatTheNextNightReads() throws Exception {
    Path input = Files.createDirectories(dir.resolve("all-rejected"));
    Files.writeString(input.resolve(".hidden.txt"), ENGLISH);
    Files.write(input.resolve("empty.txt"), new byte[0]);
    String out = dir.resolve("w-all-rejected").toString();
    JobConf conf = JobConf.from(null, Map.of("input", input.toString(), "warehouse", out, "nlp.engine", FakeNlpEngine.class.getName()));
    NightlyJob.run(spark, conf);
    Dataset<Row> articles = WarehouseTables.read(out, "articles");
    assertEquals(0L, articles.count());
    assertTrue(List.of(articles.columns()).contains("year"));

    Files.writeString(input.resolve("good.txt"), ENGLISH);
    RunSummary second = NightlyJob.run(spark, conf);
    assertEquals(1, second.articles());
    assertEquals(2, second.rejected());
  }

  @Test
  void theRootCauseIsTheMessage() {
    Exception wrapped = new RuntimeException("Job aborted due to stage failure",
        new IllegalStateException("Boxed Exception", new java.io.IOException("No space left on device")));
    assertEquals("No space left on device", NightlyJob.rootCause(wrapped));
    assertEquals("NullPointerException", NightlyJob.rootCause(new RuntimeException("outer", new NullPointerException())));
    assertEquals("bad value (NumberFormatException)", NightlyJob.rootCause(new NumberFormatException("bad value")));
  }
}
