package org.tonewatch.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A command of the project (a job script, a cluster script) run from the project folder as a process of its own, its
 * output (standard output and error together) kept line by line, in memory and in a log file, so a test can wait for
 * a progress line and act on it, for example kill the process and everything it started.
 */
public final class Command {
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private Command(Process process, Path log) {
    this.process = process;
    this.reader = new Thread(() -> read(log), "command-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code args} in the project folder with {@code env} added to the environment; output goes to {@code log}. */
  public static Command start(Path log, Map<String, String> env, List<String> args) {
    ProcessBuilder builder = new ProcessBuilder(args).directory(SampleWarehouse.PROJECT.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    try {
      return new Command(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + args, e);
    }
  }

  /** Runs {@code args} to the end (at most {@code timeout}) and returns the finished command. */
  public static Command run(Path log, Map<String, String> env, Duration timeout, List<String> args) {
    Command command = start(log, env, args);
    command.waitFor(timeout);
    return command;
  }

  private void read(Path log) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line);
        out.write('\n');
        out.flush();
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process was killed while its output was read: what was read is kept
    }
  }

  /** Waits until a line matching {@code wanted} has been printed; false when the process ended or time ran out first. */
  public boolean awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      int seen = 0;
      while (true) {
        for (; seen < lines.size(); seen++) {
          if (wanted.test(lines.get(seen))) {
            return true;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return false;
        }
        lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
      }
    }
  }

  /** Waits for the process to end and returns its exit code; kills it and fails when {@code timeout} passes first. */
  public int waitFor(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
        throw new AssertionError("timed out after " + timeout + "; output:\n" + output());
      }
      reader.join(10_000);
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int exitCode() {
    return process.exitValue();
  }

  /** SIGKILL to the process and every process it started, as when a machine or the scheduler kills a run. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor();
      reader.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Everything printed so far. */
  public String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  /** The first printed line containing {@code text}, or null. */
  public String lineWith(String text) {
    synchronized (lines) {
      return lines.stream().filter(l -> l.contains(text)).findFirst().orElse(null);
    }
  }
}
