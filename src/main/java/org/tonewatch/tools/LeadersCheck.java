package org.tonewatch.tools;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.split;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.UsageException;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Scores the {@code leaders} column of a warehouse against leaders labelled by hand ({@code data/checks/leaders.csv}):
 * precision and recall over (sentence, leader) pairs. A labelled sentence is found by its file and the first
 * characters of its text (and by its whole text, when the labels give it, among sentences that start alike).
 */
@Command(name = "check-leaders", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Scores the leaders the job found in a warehouse against hand labels.",
        "Prints each miss and each extra leader, then precision and recall; the last line is",
        "leaders_precision=0.xxx leaders_recall=0.xxx. Exit 1 when a labelled sentence is not in the warehouse."})
public final class LeadersCheck implements Callable<Integer> {
  @Option(names = "--warehouse", paramLabel = "DIR", description = "the warehouse of a run over the sample articles (default: ${DEFAULT-VALUE})")
  Path warehouse = Path.of("warehouse");

  @Option(names = "--labels", paramLabel = "FILE", description = "the hand labels (default: ${DEFAULT-VALUE})")
  Path labels = Path.of("data", "checks", "leaders.csv");

  /** One labelled sentence. */
  public record Label(String file, String prefix, Set<String> leaders, Set<String> pronounLeaders, String text) {
    public Label(String file, String prefix, Set<String> leaders, Set<String> pronounLeaders) {
      this(file, prefix, leaders, pronounLeaders, null);
    }
  }

  /** The outcome: pairs found and labelled, and one line per miss, extra or unmatched label. */
  public record Scores(int truePositives, int falsePositives, int falseNegatives, int pronounOnly, List<String> errors,
      List<String> unmatched) {
    public double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    public double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LeadersCheck()).execute(args));
  }

  @Override
  public Integer call() {
    List<Label> labelled;
    try {
      labelled = read(labels);
    } catch (UsageException e) {
      System.err.println("check-leaders: " + e.getMessage());
      return 2;
    }
    SparkSession spark = Warehouse.withDelta(SparkSession.builder()).appName("tonewatch-check-leaders").master("local[1]")
        .config("spark.ui.enabled", "false").getOrCreate();
    Scores scores;
    try {
      scores = score(spark, warehouse, labelled);
    } catch (UsageException e) {
      System.err.println("check-leaders: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
    scores.errors().forEach(System.out::println);
    scores.unmatched().forEach(line -> System.out.println("not in the warehouse: " + line));
    System.out.printf(Locale.ROOT, "%d labelled sentences, %d leader references by name or title: %d found, %d missed, %d extra%n",
        labelled.size(), scores.truePositives() + scores.falseNegatives(), scores.truePositives(), scores.falseNegatives(),
        scores.falsePositives());
    System.out.printf(Locale.ROOT, "not counted: %d references made only by a pronoun (the job resolves no pronouns)%n", scores.pronounOnly());
    System.out.printf(Locale.ROOT, "leaders_precision=%.3f leaders_recall=%.3f%n", scores.precision(), scores.recall());
    return scores.unmatched().isEmpty() ? 0 : 1;
  }

  /** The hand labels of {@code file}. */
  public static List<Label> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no labels file " + file);
    }
    List<Label> result = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        result.add(new Label(r.get("file"), r.get("sentence_starts_with"), ids(r.get("leaders")), ids(r.get("pronoun_leaders")),
            r.isMapped("text") ? r.get("text") : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + " is not a labels file (file, sentence_starts_with, leaders, pronoun_leaders): " + e.getMessage());
    }
    return result;
  }

  /** Compares the {@code leaders} of the warehouse's sentences with {@code labelled}. */
  public static Scores score(SparkSession spark, Path warehouse, List<Label> labelled) {
    Snapshot last = Snapshot.chosen(new Warehouse(spark, warehouse.toString()), null);
    List<Row> sentences = last.read(Tables.SENTENCES)
        .join(last.read(Tables.ARTICLES)
            .select(col("article_id"), element_at(split(col("source"), "/"), -1).as("file")), "article_id")
        .select("file", "sentence_index", "text", "leaders")
        .collectAsList();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int pronouns = 0;
    List<String> errors = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (Label label : labelled) {
      List<Row> rows = sentences.stream()
          .filter(r -> r.<String>getAs("file").equals(label.file()) && r.<String>getAs("text").startsWith(label.prefix()))
          .sorted(java.util.Comparator.comparingInt(r -> r.<Integer>getAs("sentence_index")))
          .toList();
      if (rows.size() > 1 && label.text() != null) {
        // A sentence repeated word for word in its article (a pull quote): the first is the one the tables count.
        List<Row> same = rows.stream().filter(r -> r.<String>getAs("text").equals(label.text())).toList();
        rows = same.isEmpty() ? rows : same.subList(0, 1);
      }
      if (rows.size() != 1) {
        unmatched.add(label.file() + " \"" + label.prefix() + "\" (" + rows.size() + " sentences start so)");
        continue;
      }
      Row row = rows.get(0);
      Set<String> found = new LinkedHashSet<>(row.getList(row.fieldIndex("leaders")));
      String where = label.file() + "#" + row.getAs("sentence_index") + " \"" + label.prefix() + "...\"";
      for (String id : label.leaders()) {
        if (found.contains(id)) {
          tp++;
        } else {
          fn++;
          errors.add("missed " + id + ": " + where);
        }
      }
      for (String id : found) {
        if (!label.leaders().contains(id)) {
          fp++;
          errors.add("extra  " + id + ": " + where);
        }
      }
      pronouns += (int) label.pronounLeaders().stream().filter(id -> !label.leaders().contains(id)).count();
    }
    return new Scores(tp, fp, fn, pronouns, errors, unmatched);
  }

  private static Set<String> ids(String cell) {
    return cell.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(cell.split("\\|")));
  }
}
