package org.tonewatch.tonemodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tonewatch.UsageException;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.leader.LeaderMatch;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores the Russia mention finder on labelled pairs ({@code data/labels/*.jsonl}): each pair's sentence goes through
 * the pipeline's NLP engine, leader gazetteer (dated by the pair's year) and mention finder, exactly as in the job; the
 * finder says "actor" for a labelled mention when one of its mentions (other than the relation nouns) overlaps it.
 * Precision and recall are of the labels' {@code actor} answer.
 */
@Command(name = "evaluate-mentions", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Scores the Russia mention finder against labelled (sentence, mention) pairs with an actor label.",
        "Prints the confusion counts, then mentions_precision=... mentions_recall=..."})
public final class MentionEvaluation implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "FILE.jsonl", description = "labelled pairs with actor and year (data/labels/dev.jsonl)")
  Path file;

  @Option(names = "--cache", paramLabel = "DIR", description = "keep parsed files here to skip parsing next time")
  Path cache;

  @Option(names = "--show-errors", description = "print each pair the finder gets wrong")
  boolean showErrors;

  public static void main(String[] args) {
    System.exit(new CommandLine(new MentionEvaluation()).execute(args));
  }

  /** Counts of the finder's answer against the label. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    public double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }
  }

  @Override
  public Integer call() {
    List<ParsedExample> examples;
    try {
      examples = new ExampleParser(ToneEvaluation.NLP, cache).parse(file);
    } catch (UsageException e) {
      System.err.println("evaluate-mentions: " + e.getMessage());
      return 2;
    }
    ReferenceData reference = ReferenceData.bundled();
    Counts counts = score(examples, years(file), LeaderGazetteer.from(reference), RussiaMentionFinder.load(reference), showErrors);
    System.out.printf(Locale.ROOT, "pairs=%d actor_found=%d not_actor_found=%d actor_missed=%d not_actor_skipped=%d%n",
        examples.size(), counts.truePositives(), counts.falsePositives(), counts.falseNegatives(), counts.trueNegatives());
    System.out.printf(Locale.ROOT, "mentions_precision=%.3f mentions_recall=%.3f%n", counts.precision(), counts.recall());
    return 0;
  }

  static Counts score(List<ParsedExample> examples, Map<String, Integer> years, LeaderGazetteer gazetteer,
      RussiaMentionFinder finder, boolean print) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (ParsedExample example : examples) {
      TargetedSentence.Target target = example.source().targets().get(0);
      boolean found = example.sentence() != null && finds(example.sentence(), target, years.get(example.source().id()), gazetteer, finder);
      boolean actor = example.source().actor();
      if (found && actor) {
        tp++;
      } else if (found) {
        fp++;
      } else if (actor) {
        fn++;
      } else {
        tn++;
      }
      if (print && found != actor) {
        System.out.printf(Locale.ROOT, "%s: '%s' labelled %s: %s%n", found ? "found" : "missed", target.mention(),
            actor ? "actor" : "not an actor", example.source().sentence().replaceAll("\\s+", " "));
      }
    }
    return new Counts(tp, fp, fn, tn);
  }

  /** Whether the finder, on this parsed sentence, has a mention (not a relation noun) overlapping the target. */
  static boolean finds(NlpSentence sentence, TargetedSentence.Target target, Integer year, LeaderGazetteer gazetteer,
      RussiaMentionFinder finder) {
    List<Token> tokens = sentence.tokens();
    LocalDate[] period = year == null ? null : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    List<LeaderMatch> leaders = gazetteer.article(period, List.of(tokens)).find(tokens);
    for (RussiaMention m : finder.find(tokens, leaders)) {
      if (m.kind().equals(RussiaMentionFinder.RELATIONS)) {
        continue;
      }
      int begin = tokens.get(m.first()).begin() - sentence.begin();
      int end = tokens.get(m.end() - 1).end() - sentence.begin();
      if (begin < target.to() && end > target.from()) {
        return true;
      }
    }
    return false;
  }

  /** The {@code year} of each labelled pair, by id. */
  static Map<String, Integer> years(Path file) {
    Map<String, Integer> years = new HashMap<>();
    fieldById(file, "year").forEach((id, year) -> {
      if (year.matches("\\d{4}")) {
        years.put(id, Integer.parseInt(year));
      }
    });
    return years;
  }

  /** A field of each labelled pair that has it, by the pair's id. */
  static Map<String, String> fieldById(Path file, String field) {
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          if (node.hasNonNull("id") && node.hasNonNull(field)) {
            values.put(node.get("id").asText(), node.get(field).asText());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return values;
  }
}
