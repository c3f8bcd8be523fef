package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.publish.Tables;
import org.tonewatch.testing.Command;
import org.tonewatch.testing.Nights;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * The cron entry point as an operator calls it, with a settings file of their own: {@code jobs/nightly.sh --config
 * FILE} reaches the job once (it used to be passed twice and refused), and the run applies the file's settings. A
 * manifest without its {@code file} column exits 2 before any work, naming the column.
 */
class ScriptOptionsIT {
  @TempDir Path dir;

  @Test
  void nightlyShPassesTheOperatorsConfigToTheJob() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    // Long enough for the language detector to judge it, so that its libraries must be on the scripts' classpath.
    Files.writeString(input.resolve("one.txt"), "Russia and Britain agreed a deal after long talks in London. The Kremlin said "
        + "the agreement would help both countries, and officials in Whitehall welcomed it warmly on Tuesday.");
    Path config = Files.writeString(dir.resolve("operator.properties"), "copies.min-similarity=0\nnlp.parse-maxlen=60\n");
    Path warehouse = dir.resolve("warehouse");
    Command night = Command.run(dir.resolve("night.log"), Map.of(), Nights.RUN_TIMEOUT,
        List.of("jobs/nightly.sh", "--input", input.toString(), "--warehouse", warehouse.toString(), "--config", config.toString()));

    assertEquals(0, night.exitCode(), night.output());
    Row run = WarehouseTables.read(warehouse, Tables.RUNS).first();
    assertEquals(1L, (long) run.getAs("articles"), "the article was read as English and annotated");
    String settings = run.getAs("settings");
    assertTrue(settings.contains("copies.min-similarity=0") && settings.contains("nlp.parse-maxlen=60"), settings);
  }

  @Test
  void aManifestWithoutItsFileColumnExitsTwoNamingIt() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("one.txt"), "Russia and Britain agreed a deal after long talks in London.");
    Files.writeString(input.resolve("manifest.csv"), "outlet,url\nOutlet A,https://example.com/a\n");
    Command night = Command.run(dir.resolve("bad.log"), Map.of(), Nights.RUN_TIMEOUT,
        Nights.local(input, dir.resolve("warehouse")));

    assertEquals(2, night.exitCode(), night.output());
    assertTrue(night.output().contains("nightly-job: manifest.csv lacks the required column 'file'"), night.output());
  }
}
