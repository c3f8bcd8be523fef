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
import org.tonewatch.annotate.tone.ActorMentions;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores the Russia mentions on labelled pairs ({@code data/labels/*.jsonl}): each pair's sentence goes through the
 * pipeline's NLP engine, leader gazetteer (dated by the pair's year), mention finder and the tone model's judgement of
 * whether each candidate is Russia as an actor ({@link ActorMentions}), exactly as in the job; a labelled mention is
 * found when one of the mentions kept (other than the relation nouns) overlaps it. Precision and recall are of the
 * labels' {@code actor} answer, for the finder alone and for the finder with the model's judgement (what the job does).
 */
@Command(name = "evaluate-mentions", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Scores the Russia mentions the job keeps (the finder's candidates that the tone model takes for Russia",
        "as an actor) against labelled (sentence, mention) pairs with an actor label.",
        "Prints finder_precision=... finder_recall=... (the finder alone), the confusion counts of the job's mentions,",
        "then mentions_precision=... mentions_recall=..."})
public final class MentionEvaluation implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "FILE.jsonl", description = "labelled pairs with actor and year (data/labels/dev.jsonl)")
  Path file;

  @Option(names = "--cache", paramLabel = "DIR", description = "keep parsed files here to skip parsing next time")
  Path cache;

  @Option(names = "--show-errors", description = "print each pair the job's mentions get wrong")
  boolean showErrors;

  @Option(names = "--tone-model", paramLabel = "NAME",
      description = "the tone model whose actor judgement filters the finder's candidates, as tone.model in the job "
          + "(default: ${DEFAULT-VALUE}; trained and sentiment-tree judge none)")
  String toneModel = EncoderTone.NAME;

  @Option(names = "--model-path", paramLabel = "FILE", description = "its file, as tone.model-path (default: the shipped one)")
  String modelPath;

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
    ReferenceData reference = ReferenceData.bundled();
    ToneModel model;
    try {
      model = ToneModels.named(toneModel, modelPath, reference);
      examples = new ExampleParser(ToneEvaluation.NLP, cache).parse(file);
    } catch (UsageException e) {
      System.err.println("evaluate-mentions: " + e.getMessage());
      return 2;
    }
    LeaderGazetteer gazetteer = LeaderGazetteer.from(reference);
    RussiaMentionFinder finder = RussiaMentionFinder.load(reference);
    Counts alone = score(examples, years(file), gazetteer, finder, null, false);
    System.out.printf(Locale.ROOT, "finder_precision=%.3f finder_recall=%.3f (the finder alone)%n", alone.precision(), alone.recall());
    Counts counts = score(examples, years(file), gazetteer, finder, model, showErrors);
    System.out.println("tone model judging actors: " + model.name());
    System.out.printf(Locale.ROOT, "pairs=%d actor_found=%d not_actor_found=%d actor_missed=%d not_actor_skipped=%d%n",
        examples.size(), counts.truePositives(), counts.falsePositives(), counts.falseNegatives(), counts.trueNegatives());
    System.out.printf(Locale.ROOT, "mentions_precision=%.3f mentions_recall=%.3f%n", counts.precision(), counts.recall());
    return 0;
  }

  /** @param model the tone model whose actor judgement the job applies; null for the finder alone */
  static Counts score(List<ParsedExample> examples, Map<String, Integer> years, LeaderGazetteer gazetteer,
      RussiaMentionFinder finder, ToneModel model, boolean print) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (ParsedExample example : examples) {
      TargetedSentence.Target target = example.source().targets().get(0);
      boolean found = example.sentence() != null && finds(example.sentence(), target, years.get(example.source().id()), gazetteer, finder, model);
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

  /**
   * Whether the job, on this parsed sentence, keeps a mention (not a relation noun) overlapping the target: one the
   * finder finds and, when {@code model} is given and the sentence parsed, that the model takes for an actor.
   */
  static boolean finds(NlpSentence sentence, TargetedSentence.Target target, Integer year, LeaderGazetteer gazetteer,
      RussiaMentionFinder finder, ToneModel model) {
    List<Token> tokens = sentence.tokens();
    LocalDate[] period = year == null ? null : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    List<LeaderMatch> leaders = gazetteer.article(period, List.of(tokens)).find(tokens);
    List<RussiaMention> found = finder.find(tokens, leaders);
    if (model != null && sentence.isParsed() && !found.isEmpty()) {
      found = ActorMentions.of(found, model.score(sentence, found)).mentions();
    }
    for (RussiaMention m : found) {
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
