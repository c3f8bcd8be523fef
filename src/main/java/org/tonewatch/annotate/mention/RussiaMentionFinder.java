package org.tonewatch.annotate.mention;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tonewatch.annotate.leader.LeaderMatch;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.ReferenceData;

/**
 * Finds mentions of Russia as an actor in a sentence: the terms of {@code russia_terms.csv} (Russia, Russian(s), the
 * Kremlin, the GRU, …) and the Russian leaders the gazetteer found. Terms marked {@code locative_sense} (Moscow, the
 * Kremlin) count only where they stand for the state, not for a place: "talks with Moscow" is a mention, "arrived in
 * Moscow" and "a visit to Moscow" are not.
 *
 * <p>A demonym or the country's name followed by one of the nouns of {@code private_nouns.csv} is not Russia as an actor
 * but the nationality of a private person or a thing, or a person's field: "a Russian billionaire", "Russian citizens",
 * "the Russian language", "a Russia expert". The country's name counts only where it is not a place either: "sanctions
 * on Russia" is a mention, "the World Cup in Russia" is not.
 *
 * <p>In a sentence with such a mention, the nouns "relations", "relationship" and "ties" are mentions too, of kind
 * {@code relations}: the job's tone covers Russia's relations as well as Russia, and the tone model judges "frayed
 * relations" or "an excellent working relationship" as it judges any other target.
 *
 * <p>Serializable and immutable; runs on executors; thread-safe.
 */
public final class RussiaMentionFinder implements Serializable {
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "outside", "near", "around", "across", "within", "throughout");
  private static final Set<String> DIRECTION_PREPOSITIONS = Set.of("to", "from", "into", "towards", "toward", "via");
  private static final Set<String> MOTION = Set.of(
      "visit", "travel", "fly", "go", "come", "return", "arrive", "trip", "journey", "move", "head", "send", "post", "base",
      "flight", "drive", "leave", "land", "relocate", "evacuate", "tour");
  private static final int MOTION_WINDOW = 6;
  private static final Set<String> RELATION_NOUNS = Set.of("relation", "relations", "relationship", "relationships", "ties");
  public static final String RELATIONS = "relations";

  private final Map<List<String>, Term> terms = new HashMap<>();
  private final int longestTerm;
  /** Term kind → the nouns after which a term of that kind is not an actor. */
  private final Map<String, Set<String>> privateNouns;

  public RussiaMentionFinder(List<Term> terms) {
    this(terms, Map.of());
  }

  public RussiaMentionFinder(List<Term> terms, Map<String, Set<String>> privateNouns) {
    this.privateNouns = Map.copyOf(privateNouns);
    int longest = 1;
    for (Term term : terms) {
      List<String> words = List.of(term.text().toLowerCase(Locale.ROOT).split("\\s+"));
      this.terms.put(words, term);
      longest = Math.max(longest, words.size());
    }
    this.longestTerm = longest;
  }

  public static RussiaMentionFinder load(ReferenceData reference) {
    List<Term> terms = new ArrayList<>();
    for (Map<String, String> row : reference.rows("russia_terms.csv")) {
      terms.add(new Term(row.get("term"), row.get("kind"), row.get("locative_sense").equals("yes")));
    }
    Map<String, Set<String>> nouns = new HashMap<>();
    for (Map<String, String> row : reference.rows("private_nouns.csv")) {
      nouns.computeIfAbsent(row.get("after"), k -> new HashSet<>()).add(row.get("noun").toLowerCase(Locale.ROOT));
    }
    return new RussiaMentionFinder(terms, nouns);
  }

  /** A row of {@code russia_terms.csv}. */
  public record Term(String text, String kind, boolean hasPlaceSense) implements Serializable {}

  /** The mentions in {@code tokens}, ordered by position; {@code leaders} are the sentence's leader matches. */
  public List<RussiaMention> find(List<Token> tokens, List<LeaderMatch> leaders) {
    List<RussiaMention> mentions = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    for (LeaderMatch leader : leaders) {
      if (leader.country().equals("RU")) {
        mentions.add(new RussiaMention("leader", leader.first(), leader.end()));
        for (int k = leader.first(); k < leader.end(); k++) {
          covered.add(k);
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (covered.contains(i)) {
        continue;
      }
      for (int length = Math.min(longestTerm, tokens.size() - i); length >= 1; length--) {
        Term term = terms.get(lowerWords(tokens, i, length));
        // The terms are proper names; a lower-case spelling is some other word.
        if (term != null && Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
          boolean place = term.hasPlaceSense() && isPlace(tokens, i, term.kind()) && !isPossessive(tokens, i + length)
              && !beforeNoun(tokens, i + length);
          if (!place && !beforePrivateNoun(term, tokens, i + length)) {
            mentions.add(new RussiaMention(term.kind(), i, i + length));
          }
          i += length - 1;
          break;
        }
      }
    }
    if (!mentions.isEmpty()) {
      for (int i = 0; i < tokens.size(); i++) {
        if (isRelationNoun(tokens.get(i))) {
          mentions.add(new RussiaMention(RELATIONS, i, i + 1));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(RussiaMention::first));
    return mentions;
  }

  /** "in Russia's interest": a possessive is an owner, not a place. */
  private static boolean isPossessive(List<Token> tokens, int next) {
    return next < tokens.size() && (tokens.get(next).word().equals("'s") || tokens.get(next).word().equals("’s"));
  }

  /** Whether the word after the term is a noun that makes the term a private nationality or a field (see above). */
  private boolean beforePrivateNoun(Term term, List<Token> tokens, int next) {
    Set<String> nouns = privateNouns.get(term.kind());
    return nouns != null && next < tokens.size() && nouns.contains(tokens.get(next).word().toLowerCase(Locale.ROOT));
  }

  private static boolean isRelationNoun(Token token) {
    return RELATION_NOUNS.contains(token.word().toLowerCase(Locale.ROOT)) && (token.pos() == null || token.pos().startsWith("NN"));
  }

  /** "in the Russia investigation": a name before a noun modifies it and is not a place. */
  private static boolean beforeNoun(List<Token> tokens, int next) {
    return next < tokens.size() && tokens.get(next).pos() != null && tokens.get(next).pos().startsWith("NN");
  }

  private static boolean isPlace(List<Token> tokens, int i, String kind) {
    int before = i - 1;
    if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    String previous = tokens.get(before).word().toLowerCase(Locale.ROOT);
    if (previous.equals("at") && kind.equals("country")) {
      return false; // "pointed the finger at Russia": a country is aimed at, not met at
    }
    if (PLACE_PREPOSITIONS.contains(previous) || MOTION.contains(tokens.get(before).lowerLemma())) {
      return true;
    }
    if (DIRECTION_PREPOSITIONS.contains(previous)) {
      for (int k = before - 1; k >= Math.max(0, before - MOTION_WINDOW); k--) {
        if (MOTION.contains(tokens.get(k).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }


  private static List<String> lowerWords(List<Token> tokens, int start, int length) {
    List<String> words = new ArrayList<>(length);
    for (int k = start; k < start + length; k++) {
      words.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
