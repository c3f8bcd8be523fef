package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.SampleWarehouse;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * The analysts' side, as a user runs it: {@code notebooks/execute.sh} executes every notebook headless against the
 * sample warehouse (setting up the pinned Python environment on first use), and {@code jobs/report.sh} renders the
 * trends notebook to HTML. Checked: no cell fails, the charts are real images, the numbers the notebooks show are
 * the tables' numbers, and article text in the report is escaped.
 */
class NotebooksIntegrationTest {
  static final String[] CHARTS = {"tone_by_year", "tone_by_year_outlet", "tone_by_outlet_group", "tone_by_year_leader", "sentiment_and_tone_by_year"};
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path warehouse;
  private static Path out;
  private static Result executed;

  record Result(int exit, String log) {}

  @BeforeAll
  static void executeTheNotebooks() throws Exception {
    spark = SharedSpark.session();
    warehouse = SampleWarehouse.get().warehouse();
    out = dir.resolve("executed");
    executed = command(SampleWarehouse.PROJECT.resolve("notebooks/execute.sh").toString(), "--warehouse", warehouse.toString(),
        "--out", out.toString());
  }

  static Result command(String... args) throws Exception {
    Path log = Files.createTempFile(dir, "command", ".log");
    Process process = new ProcessBuilder(args).directory(SampleWarehouse.PROJECT.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", args));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  @Test
  void everyNotebookRunsTopToBottom() throws Exception {
    assertEquals(0, executed.exit(), executed.log());
    for (String name : List.of("01-quick-start.ipynb", "02-trends.ipynb", "03-drill-down.ipynb")) {
      JsonNode notebook = JSON.readTree(out.resolve(name).toFile());
      int code = 0;
      for (JsonNode cell : notebook.get("cells")) {
        if (cell.get("cell_type").asText().equals("code")) {
          code++;
          assertTrue(cell.get("execution_count").isInt(), name + ": every code cell ran");
          for (JsonNode output : cell.get("outputs")) {
            assertFalse(output.get("output_type").asText().equals("error"), name + ": " + output);
          }
        }
      }
      assertTrue(code >= 4, name);
    }
  }

  @Test
  void theChartsAreImagesAsPngAndSvg() throws Exception {
    for (String chart : CHARTS) {
      File png = out.resolve("charts/" + chart + ".png").toFile();
      BufferedImage image = ImageIO.read(png);
      assertTrue(image != null && image.getWidth() >= 600 && image.getHeight() >= 300, chart + ".png is a picture");
      assertTrue(png.length() > 20_000, chart + ".png has content: " + png.length());
      DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
      xml.setNamespaceAware(true);
      xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var svg = xml.newDocumentBuilder().parse(out.resolve("charts/" + chart + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getLocalName());
      String axis = chart.equals("tone_by_outlet_group") ? "with its 95% interval" : "year of publication";
      assertTrue(Files.readString(out.resolve("charts/" + chart + ".svg")).contains(axis), chart + " has its axis label");
    }
  }

  @Test
  void theTrendChartShowsTheNumbersOfTheTable() throws Exception {
    Map<Integer, CSVRecord> shown = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(out.resolve("charts/tone_by_year.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        shown.put(Integer.parseInt(r.get("year")), r);
      }
    }
    List<Row> table = WarehouseTables.read(warehouse, "tone_by_year").collectAsList();
    assertEquals(table.size(), shown.size());
    for (Row row : table) {
      CSVRecord point = shown.get(row.<Integer>getAs("year"));
      assertEquals(row.<Long>getAs("tone_sentences"), Long.parseLong(point.get("tone_sentences")));
      assertEquals(row.<Double>getAs("mean_tone"), Double.parseDouble(point.get("mean_tone")), 1e-12);
      for (String bound : List.of("tone_ci_low", "tone_ci_high")) {
        Double value = row.getAs(bound);
        if (value == null) {
          assertEquals("", point.get(bound), bound + " is empty where the table has none");
        } else {
          assertEquals(value, Double.parseDouble(point.get(bound)), 1e-12, bound);
        }
      }
    }
  }

  @Test
  void theQuickStartRowCountsAreTheTables() throws Exception {
    JsonNode notebook = JSON.readTree(out.resolve("01-quick-start.ipynb").toFile());
    String text = null;
    for (JsonNode cell : notebook.get("cells")) {
      if (cell.path("metadata").path("tags").toString().contains("row-counts")) {
        text = String.join("", JSON.convertValue(cell.get("outputs").get(0).get("data").get("text/plain"), List.class));
      }
    }
    Map<String, Long> shown = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^\\d+\\s+(\\w+)\\s+(\\d+)\\s*$").matcher(text);
    while (m.find()) {
      shown.put(m.group(1), Long.parseLong(m.group(2)));
    }
    for (String table : List.of("articles", "sentences", "tone_by_year", "tone_by_leader", "tone_by_outlet", "runs")) {
      assertEquals(WarehouseTables.read(warehouse, table).count(), shown.get(table), table + " in: " + text);
    }
  }

  @Test
  void theReportEscapesArticleText() throws Exception {
    Path input = Files.createDirectories(dir.resolve("hostile"));
    // Ingest strips markup and decodes entities, so entities are how markup characters reach a sentence's text.
    Files.writeString(input.resolve("a.txt"), "Russia and Britain agreed a wonderful deal &lt;script&gt;alert('tonewatch')"
        + "&lt;/script&gt; today.\n\nThe Kremlin denied an awful &lt;b&gt;report&lt;/b&gt; about Russia.\n");
    Files.writeString(input.resolve("manifest.csv"), "file,outlet,original_outlet,url,published,date_precision,date_evidence\n"
        + "a.txt,Outlet <i>A</i>,,https://example.org/a?x=1&y=2,2018-03-14,day,\n");
    Path hostile = dir.resolve("hostile-warehouse");
    NightlyJob.run(spark, JobConf.from(null, Map.of("input", input.toString(), "warehouse", hostile.toString(),
        "nlp.engine", FakeNlpEngine.class.getName())));
    Path report = dir.resolve("report");

    Result result = command(SampleWarehouse.PROJECT.resolve("jobs/report.sh").toString(), "--warehouse", hostile.toString(),
        "--out", report.toString());

    assertEquals(0, result.exit(), result.log());
    String html = Files.readString(report.resolve("report.html"));
    assertTrue(html.contains("&lt;script&gt;alert("), "the sentence is shown, escaped");
    assertFalse(html.contains("<script>alert("), "and never as markup");
    assertFalse(html.contains("<b>report</b>"));
    assertTrue(html.contains("<img"), "the charts are in the page");
    for (String chart : CHARTS) {
      assertTrue(Files.size(report.resolve("charts/" + chart + ".png")) > 0, chart);
    }
  }

  @Test
  void theReadmesPandasRecipeReadsATableWhereNoArticleHasAYear() throws Exception {
    Path input = java.nio.file.Files.createDirectories(dir.resolve("no-year"));
    java.nio.file.Files.writeString(input.resolve("a.txt"), "Russia and Britain agreed a deal. The Kremlin welcomed it.");
    java.nio.file.Files.writeString(input.resolve("b.txt"), "The Kremlin denied an awful report about the poisoning.");
    Path noYear = dir.resolve("warehouse-no-year");
    NightlyJob.run(spark, JobConf.from(null, java.util.Map.of("input", input.toString(), "warehouse", noYear.toString(),
        "nlp.engine", org.tonewatch.testing.FakeNlpEngine.class.getName())));
    Result result = command(SampleWarehouse.PROJECT.resolve("notebooks/.venv/bin/python").toString(),
        SampleWarehouse.PROJECT.resolve("src/test/python/readme_recipe.py").toString(), noYear.toString());
    assertEquals(0, result.exit(), result.log());
    assertTrue(result.log().contains("articles=2 sentences=3 years=[] null_years=2"), result.log());

    Result withYears = command(SampleWarehouse.PROJECT.resolve("notebooks/.venv/bin/python").toString(),
        SampleWarehouse.PROJECT.resolve("src/test/python/readme_recipe.py").toString(), warehouse.toString());
    assertEquals(0, withYears.exit(), withYears.log());
    assertTrue(withYears.log().contains("articles=5 ") && withYears.log().contains("null_years=0"), withYears.log());
  }

  @Test
  void aMissingWarehouseIsABadInput() throws Exception {
    Result result = command(SampleWarehouse.PROJECT.resolve("jobs/report.sh").toString(), "--warehouse",
        dir.resolve("nowhere").toString(), "--out", dir.resolve("nothing").toString());
    assertEquals(2, result.exit(), result.log());
    assertTrue(result.log().contains("no warehouse at"), result.log());
  }
}
