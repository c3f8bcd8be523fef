package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.testing.Command;

/**
 * How {@code jobs/spark-submit.sh} hands CoreNLP's model jars to spark-submit: {@code local:} jars on the class path
 * (nothing copied), others through {@code --jars}. The spark-submit here is a stand-in that prints its arguments, one
 * per line; what the real one does with them is {@code StandaloneClusterIT}'s part.
 */
class SparkSubmitScriptTest {
  @TempDir static Path sparkHome;

  @BeforeAll
  static void standInSparkSubmit() throws IOException {
    Path submit = Files.createDirectories(sparkHome.resolve("bin")).resolve("spark-submit");
    Files.writeString(submit, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The arguments spark-submit is given for {@code options} (the app and a job option added). */
  private static List<String> submitted(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("jobs/spark-submit.sh", "--app", "app.jar"));
    args.addAll(List.of(options));
    args.addAll(List.of("--", "--input", "in"));
    Command run = Command.run(sparkHome.resolve("submit.log"), Map.of("SPARK_HOME", sparkHome.toString()), Duration.ofSeconds(30), args);
    assertEquals(0, run.exitCode(), run.output());
    return List.of(run.output().strip().split("\n"));
  }

  @Test
  void localModelJarsGoOnTheClassPathOfTheDriverAndTheExecutors() throws IOException {
    List<String> args = submitted("--models", "local:///opt/models/m.jar,local:/opt/models/e.jar", "--master", "spark://h:7077");
    assertEquals(-1, args.indexOf("--jars"), args.toString());
    assertEquals(List.of("spark.executor.extraClassPath=/opt/models/m.jar:/opt/models/e.jar"),
        args.stream().filter(a -> a.startsWith("spark.executor.extraClassPath")).toList());
    assertEquals("/opt/models/m.jar:/opt/models/e.jar", args.get(args.indexOf("--driver-class-path") + 1));
    assertEquals(List.of("app.jar", "--input", "in"), args.subList(args.size() - 3, args.size()));
  }

  @Test
  void aClassPathTheUserGivesKeepsItsEntriesAndGainsTheModels() throws IOException {
    List<String> args = submitted("--models", "local:/m.jar", "--conf", "spark.executor.extraClassPath=/lib/x.jar",
        "--driver-class-path", "/lib/y.jar");
    assertEquals(List.of("spark.executor.extraClassPath=/lib/x.jar:/m.jar"),
        args.stream().filter(a -> a.startsWith("spark.executor.extraClassPath")).toList());
    assertEquals(1, args.stream().filter("--driver-class-path"::equals).count(), args.toString());
    assertEquals("/lib/y.jar:/m.jar", args.get(args.indexOf("--driver-class-path") + 1));
  }

  @Test
  void remoteModelJarsGoThroughJarsAndALocalOneBesideThemStaysOnTheClassPath() throws IOException {
    List<String> args = submitted("--models", "hdfs:///models/m.jar,s3a://bucket/e.jar,local:/opt/x.jar");
    assertEquals("hdfs:///models/m.jar,s3a://bucket/e.jar", args.get(args.indexOf("--jars") + 1));
    assertEquals(List.of("spark.executor.extraClassPath=/opt/x.jar"),
        args.stream().filter(a -> a.startsWith("spark.executor.extraClassPath")).toList());
  }
}
