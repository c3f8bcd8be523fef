package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Airflow DAG of the nightly run, {@code jobs/airflow/tonewatch_nightly.py}, as Airflow loads it.
 * {@code jobs/airflow/setup.sh} installs the pinned Airflow into {@code jobs/airflow/.venv} on first use, then
 * {@code jobs/airflow/check_dag.py} loads the DAG with Airflow's DagBag and checks that it imports; that it is
 * {@code tonewatch_nightly}, scheduled {@code 15 2 * * *}, without catchup, one active run at a time, with retries and
 * a timeout; that its one task is a SparkSubmitOperator submitting the cluster jar's {@code NightlyJob} with the two
 * model jars, a 4g driver, 6g executors with 1g overhead and {@code --input}, {@code --warehouse} and {@code --config};
 * and that Variables and the Spark connection set for the check reach the spark-submit command. Aborted (skipped)
 * when Airflow cannot be installed on this machine, for example without access to PyPI.
 */
class AirflowDagIT {
  private static final Path PROJECT = Path.of(System.getProperty("tonewatch.project.dir", ".")).toAbsolutePath().normalize();
  /** setup.sh's exit code when the virtual environment could not be built (venv or pip failed). */
  private static final int NOT_INSTALLABLE = 3;
  @TempDir Path dir;

  record Result(int exit, String log) {
    List<String> lines() {
      return log.strip().lines().toList();
    }

    String lastLines(int count) {
      List<String> lines = lines();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
  }

  @Test
  void theDagLoadsAndSubmitsTheNightlyJobAsConfigured() throws Exception {
    Result setup = command(20, PROJECT.resolve("jobs/airflow/setup.sh").toString());
    if (setup.exit() == NOT_INSTALLABLE) {
      Assumptions.abort("Airflow could not be installed: " + setup.lastLines(15));
    }
    assertEquals(0, setup.exit(), setup.log());

    Result check = command(5, PROJECT.resolve("jobs/airflow/.venv/bin/python").toString(),
        PROJECT.resolve("jobs/airflow/check_dag.py").toString());

    assertEquals(0, check.exit(), check.log());
    assertEquals("dag_check=ok tasks=1", check.lastLines(1), check.log());
  }

  private Result command(long timeoutMinutes, String... args) throws Exception {
    Path log = Files.createTempFile(dir, "command", ".log");
    Process process = new ProcessBuilder(args).directory(PROJECT.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("timed out after " + timeoutMinutes + " min: " + String.join(" ", args) + "\n"
          + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }
}
