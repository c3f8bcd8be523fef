package org.tonewatch.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tonewatch.aggregate.AdjustedTone;
import org.tonewatch.aggregate.CoverageSimulation;
import org.tonewatch.aggregate.ErrorRates;
import org.tonewatch.annotate.tone.EncoderTone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Prints how often the raw and the adjusted 95% intervals cover the true mean tone of simulated corpora. */
@Command(name = "simulate-aggregates", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Draws corpora with known true tone shares from the labelled pairs of the tone model's error rates "
        + "(dev labels drawn from them by article measure the error rates; the corpora err as all the pairs do) and "
        + "prints how often the raw interval of the tables and the adjusted one cover the true mean tone.",
        "Last line: raw_coverage=... adjusted_coverage=..."})
public final class SimulateAggregates implements Callable<Integer> {
  @Option(names = "--errors", paramLabel = "FILE",
      description = "an errors file of jobs/evaluate-tone.sh --errors-csv (default: the shipped model's)")
  Path errors;

  @Option(names = "--draws", paramLabel = "N", description = "simulated corpora (default: ${DEFAULT-VALUE})")
  int draws = 1000;

  @Option(names = "--bootstrap-draws", paramLabel = "N", description = "bootstrap draws per interval (default: ${DEFAULT-VALUE})")
  int bootstrapDraws = AdjustedTone.DRAWS;

  @Option(names = "--max-favourable", paramLabel = "SHARE",
      description = "true favourable shares are drawn up to this (default: ${DEFAULT-VALUE}; the real-news corpus's yearly shares reach 0.123)")
  double maxFavourable = 0.15;

  @Option(names = "--seed", paramLabel = "S", description = "the simulation's seed (default: ${DEFAULT-VALUE})")
  long seed = AdjustedTone.SEED;

  private static String row(String articles, CoverageSimulation.Coverage c) {
    return String.format(Locale.ROOT, "%8s  %7d  %12.3f  %17.3f  %13.3f  %18.3f  %9.3f  %14.3f", articles, c.draws(), c.raw(),
        c.adjusted(), c.rawMeanAbsoluteError(), c.adjustedMeanAbsoluteError(), c.rawMeanWidth(), c.adjustedMeanWidth());
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SimulateAggregates()).execute(args));
  }

  @Override
  public Integer call() {
    ErrorRates rates;
    try {
      rates = errors == null ? ErrorRates.nextTo(EncoderTone.BUNDLED)
          : ErrorRates.read(Files.newBufferedReader(errors, StandardCharsets.UTF_8), errors.toString());
    } catch (IOException | UncheckedIOException e) {
      System.err.println("simulate-aggregates: cannot read " + errors + " (" + e.getMessage() + ")");
      return 2;
    }
    if (rates == null || draws < 1 || bootstrapDraws < 100 || !(maxFavourable > 0 && maxFavourable <= 0.8)) {
      System.err.println("simulate-aggregates: " + (rates == null ? "no shipped error rates" : "--draws must be at least 1, --bootstrap-draws at least 100 and --max-favourable in (0, 0.8]"));
      return 2;
    }
    System.out.printf(Locale.ROOT, "labelled pairs: %d in %d articles; %d corpora, favourable share up to %.2f, %d bootstrap draws each, seed %d%n",
        rates.pairs().size(), rates.articles(), draws, maxFavourable, bootstrapDraws, seed);
    long start = System.nanoTime();
    CoverageSimulation.Result result;
    try {
      result = CoverageSimulation.run(rates, maxFavourable, draws, bootstrapDraws, seed);
    } catch (IllegalArgumentException e) {
      System.err.println("simulate-aggregates: " + e.getMessage());
      return 2;
    }
    System.out.println("articles  corpora  raw_coverage  adjusted_coverage  raw_abs_error  adjusted_abs_error  raw_width  adjusted_width");
    result.byArticles().forEach((articles, c) -> System.out.println(row(Integer.toString(articles), c)));
    CoverageSimulation.Coverage c = result.all();
    System.out.println(row("all", c));
    if (c.adjustedWithout() > 0) {
      System.out.println(c.adjustedWithout() + " corpora had no adjusted interval (counted as not covered)");
    }
    System.out.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - start) / 1e9);
    System.out.printf(Locale.ROOT, "raw_coverage=%.3f adjusted_coverage=%.3f%n", c.raw(), c.adjusted());
    return 0;
  }
}
