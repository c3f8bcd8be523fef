package org.tonewatch.annotate.leader;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.Leader;

/**
 * Finds the leaders of {@code leaders.csv} named in a sentence. A full-name variant ("Vladimir Putin", "Dimitri
 * Medvedev") always counts. A surname alone ("Cameron", "Mrs May") counts only when the text marks it as a person (the
 * NER tag is PERSON, an honorific or title stands before it, or a reporting verb follows it) and exactly one leader
 * of that surname held an office within {@value #YEARS_AROUND} years of the publication date (or exactly one has that
 * surname, when the date is unknown). Titles alone ("the Prime Minister") are not resolved here.
 *
 * <p>Serializable and immutable; runs on executors; thread-safe.
 */
public final class LeaderGazetteer implements Serializable {
  static final int YEARS_AROUND = 2;
  private static final Set<String> PERSON_MARKERS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady", "dr", "dr.", "president", "premier",
      "minister", "secretary", "chancellor", "general", "gen");

  private static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "warn", "insist", "claim", "argue", "declare");

  private final Map<String, Leader> byId = new HashMap<>();
  private final List<Leader> leaders;
  private final Map<List<String>, String> fullNames = new HashMap<>();
  private final Map<String, List<Leader>> bySurname = new HashMap<>();
  private final int longestName;

  /** The offices of the era view, in the order of {@code era_leaders}: the UK prime minister, the Russian president. */
  static final List<List<String>> ERA_OFFICES = List.of(List.of("GB", "prime-minister"), List.of("RU", "president"));

  public LeaderGazetteer(List<Leader> leaders) {
    this.leaders = List.copyOf(leaders);
    int longest = 1;
    for (Leader leader : leaders) {
      byId.put(leader.id(), leader);
      for (String variant : leader.variants()) {
        List<String> words = words(variant);
        String previous = fullNames.put(words, leader.id());
        if (previous != null && !previous.equals(leader.id())) {
          throw new IllegalArgumentException("leaders.csv: the name '" + variant + "' is given to both " + previous + " and " + leader.id());
        }
        longest = Math.max(longest, words.size());
      }
      for (String surname : leader.surnames()) {
        bySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(leader);
      }
    }
    this.longestName = longest;
  }

  /**
   * The era view: the UK prime minister and the Russian president who held office throughout the publication period
   * {@code [first, last]} (a day, month or year). An office that changed hands within the period has no one: a
   * month-dated article of July 2016 gets Vladimir Putin but neither David Cameron nor Theresa May. Empty without a
   * date.
   */
  public List<String> era(LocalDate[] period) {
    List<String> ids = new ArrayList<>();
    if (period == null) {
      return ids;
    }
    for (List<String> office : ERA_OFFICES) {
      for (Leader leader : leaders) {
        if (leader.country().equals(office.get(0)) && leader.heldThroughout(office.get(1), period[0], period[1])) {
          ids.add(leader.id());
        }
      }
    }
    return ids;
  }

  /** The leaders named in {@code tokens}, in order of appearance; {@code published} may be null. */
  public List<LeaderMatch> find(List<Token> tokens, LocalDate published) {
    List<LeaderMatch> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int matched = matchFullName(tokens, i, matches);
      if (matched == 0) {
        matched = matchSurname(tokens, i, published, matches);
      }
      i += Math.max(matched, 1);
    }
    return matches;
  }

  /** The distinct ids of {@code matches}, in order of first appearance. */
  public static List<String> ids(List<LeaderMatch> matches) {
    return matches.stream().map(LeaderMatch::leaderId).distinct().toList();
  }

  private int matchFullName(List<Token> tokens, int start, List<LeaderMatch> out) {
    for (int length = Math.min(longestName, tokens.size() - start); length >= 2; length--) {
      List<String> words = new ArrayList<>(length);
      for (int k = start; k < start + length; k++) {
        words.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
      }
      String id = fullNames.get(words);
      if (id != null) {
        out.add(new LeaderMatch(id, byId.get(id).country(), start, start + length));
        return length;
      }
    }
    return 0;
  }

  private int matchSurname(List<Token> tokens, int i, LocalDate published, List<LeaderMatch> out) {
    Token token = tokens.get(i);
    List<Leader> candidates = bySurname.get(token.word());
    if (candidates == null) {
      return 0;
    }
    boolean marked = token.isPerson()
        || (i > 0 && PERSON_MARKERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))
        || (i + 1 < tokens.size() && REPORTING_VERBS.contains(tokens.get(i + 1).lowerLemma()));
    if (!marked) {
      return 0;
    }
    List<Leader> plausible = published == null
        ? candidates
        : candidates.stream().filter(leader -> leader.inOfficeNear(published, YEARS_AROUND)).toList();
    if (plausible.size() != 1) {
      return 0;
    }
    out.add(new LeaderMatch(plausible.get(0).id(), plausible.get(0).country(), i, i + 1));
    return 1;
  }

  private static List<String> words(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }
}
