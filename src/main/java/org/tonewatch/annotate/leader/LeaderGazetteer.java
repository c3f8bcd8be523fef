package org.tonewatch.annotate.leader;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.reference.Title;

/**
 * The leaders of {@code leaders.csv} and the ways a text names them: full-name variants ("Vladimir Putin", "Dimitri
 * Medvedev"), surnames ("Cameron", "Mrs May") and the titles of {@code titles.csv} ("the Prime Minister", "the
 * Russian President"), which stand for whoever held the office throughout the publication period. An article's leaders
 * are found by an {@link ArticleLeaders} from {@link #article}, which also knows what the article said before.
 *
 * <p>Serializable and immutable; runs on executors; thread-safe.
 */
public final class LeaderGazetteer implements Serializable {
  /** A surname stands for a leader in office within this many years of the publication date. */
  static final int YEARS_AROUND = 2;

  private final Map<String, Leader> byId = new HashMap<>();
  private final List<Leader> leaders;
  private final Map<List<String>, String> fullNames = new HashMap<>();
  private final Map<String, List<Leader>> bySurname = new HashMap<>();
  private final int longestName;
  private final List<Title> titles;
  private final Map<String, String> qualifiers;
  private final Set<String> britishWords = new HashSet<>();

  /** The offices of the era view, in the order of {@code era_leaders}: the UK prime minister, the Russian president. */
  static final List<List<String>> ERA_OFFICES = List.of(List.of("GB", "prime-minister"), List.of("RU", "president"));

  /** The leaders, titles and country words of {@code reference}. */
  public static LeaderGazetteer from(ReferenceData reference) {
    return new LeaderGazetteer(Leaders.load(reference), Leaders.titles(reference),
        Leaders.countryWords(reference, "qualifier"), Leaders.countryWords(reference, "context"));
  }

  /**
   * @param qualifiers lower-case words that say whose office a title is ("russian", "britain") → country
   * @param context further words that make an article's context British ("london") → country
   */
  public LeaderGazetteer(List<Leader> leaders, List<Title> titles, Map<String, String> qualifiers, Map<String, String> context) {
    this.leaders = List.copyOf(leaders);
    this.titles = List.copyOf(titles);
    this.qualifiers = Map.copyOf(qualifiers);
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
    for (Map<String, String> words : List.of(qualifiers, context)) {
      words.forEach((word, country) -> {
        if (country.equals("GB")) {
          britishWords.add(word);
        }
      });
    }
  }

  /**
   * A finder for the leaders of one article published within {@code period} (first and last day; null when the date
   * is unknown), whose sentences are {@code sentences}. The article's context is British when any sentence names
   * Britain, a British place or a British leader in full.
   */
  public ArticleLeaders article(LocalDate[] period, List<List<Token>> sentences) {
    boolean british = false;
    for (List<Token> tokens : sentences) {
      for (int i = 0; i < tokens.size() && !british; i++) {
        LeaderMatch name = fullName(tokens, i);
        british = britishWords.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) || (name != null && name.country().equals("GB"));
      }
    }
    return new ArticleLeaders(this, period, british);
  }

  /**
   * The era view: the UK prime minister and the Russian president who held office throughout the publication period
   * {@code [first, last]} (a day, month or year). An office that changed hands within the period has no one: a
   * month-dated article of July 2016 gets Vladimir Putin but neither David Cameron nor Theresa May. Empty without a
   * date.
   */
  public List<String> era(LocalDate[] period) {
    List<String> ids = new ArrayList<>();
    for (List<String> office : ERA_OFFICES) {
      Leader holder = holder(office.get(0), office.get(1), period);
      if (holder != null) {
        ids.add(holder.id());
      }
    }
    return ids;
  }

  /** The distinct ids of {@code matches}, in order of first appearance. */
  public static List<String> ids(List<LeaderMatch> matches) {
    return matches.stream().map(LeaderMatch::leaderId).distinct().toList();
  }

  /** The longest full-name variant starting at token {@code start}, or null. */
  LeaderMatch fullName(List<Token> tokens, int start) {
    for (int length = Math.min(longestName, tokens.size() - start); length >= 2; length--) {
      List<String> words = new ArrayList<>(length);
      for (int k = start; k < start + length; k++) {
        words.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
      }
      String id = fullNames.get(words);
      if (id != null) {
        return new LeaderMatch(id, byId.get(id).country(), start, start + length, LeaderMatch.NAME);
      }
    }
    return null;
  }

  List<Leader> withSurname(String word) {
    return bySurname.getOrDefault(word, List.of());
  }

  /** The titles whose words start at token {@code i}, longest first. */
  List<Title> titlesAt(List<Token> tokens, int i) {
    List<Title> found = new ArrayList<>();
    for (Title title : titles) {
      int n = title.words().size();
      boolean matches = i + n <= tokens.size();
      for (int k = 0; matches && k < n; k++) {
        matches = tokens.get(i + k).word().toLowerCase(Locale.ROOT).equals(title.words().get(k));
      }
      if (matches) {
        found.add(title);
      }
    }
    found.sort((a, b) -> b.words().size() - a.words().size());
    return found;
  }

  /** The country a lower-case word qualifies a title with ("russian" → RU), or null. */
  String qualifier(String word) {
    return qualifiers.get(word);
  }

  /** The one leader of {@code country} who held {@code office} on every day of {@code period}, or null. */
  Leader holder(String country, String office, LocalDate[] period) {
    if (period == null) {
      return null;
    }
    List<Leader> holders = leaders.stream()
        .filter(l -> l.country().equals(country) && l.heldThroughout(office, period[0], period[1]))
        .toList();
    return holders.size() == 1 ? holders.get(0) : null;
  }

  /** True when {@code word} (lower case) is the last word of a title: "minister", "president". */
  boolean endsTitle(String word) {
    return titles.stream().anyMatch(t -> t.words().get(t.words().size() - 1).equals(word));
  }

  Leader leader(String id) {
    return byId.get(id);
  }

  private static List<String> words(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }
}
