package org.tonewatch.annotate.leader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Title;

/**
 * Finds the leaders of one article, sentence by sentence in reading order, with what the article has said so far:
 *
 * <ul>
 *   <li>a full-name variant always counts;
 *   <li>a surname counts where the text marks it as a person; among leaders of that surname, one named in full earlier
 *       in the article wins, else the one leader of that surname in office near the publication date. A surname after
 *       another given name ("Brian Fallon", "Chris Wallace", "Gary Johnson") is someone else, and so is that surname
 *       alone later in the article, unless the leader was named in full;
 *   <li>a title counts when it names one office of one country on every day of the publication period: "the Russian
 *       President", "Britain's Foreign Secretary", "the President of Russia". A title with no country word is resolved
 *       by its {@code bare} rule in {@code titles.csv}: British offices ("the Prime Minister", "the Home Secretary")
 *       only in an article whose text names Britain, a British place or a British leader; "the President" only as the
 *       holder of that office named in this sentence or the one before (so after "President Trump" it is nobody of
 *       ours, and a "president" paragraphs away is not taken for one named long before).
 * </ul>
 *
 * A title is not resolved when a capitalised word follows it (it is part of a name: "Prime Minister Vladimir Putin",
 * "Defence Secretary Gen James Mattis"), when another country qualifies it ("the US Defence Secretary", "the President
 * of France"), or when it is generic, past or predicative ("a former Prime Minister", "the first British foreign
 * secretary to", "As Home Secretary", "became Prime Minister"): see {@link #introduced}.
 *
 * <p>Not thread-safe: one per article, on the executor that annotates it.
 */
public final class ArticleLeaders {
  private static final Set<String> PERSON_MARKERS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady", "dr", "dr.", "president", "premier",
      "minister", "secretary", "chancellor", "general", "gen");
  private static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "warn", "insist", "claim", "argue", "declare");
  /** Words before a title that make it generic or not the holder on the publication date. */
  private static final Set<String> NOT_THE_HOLDER = Set.of(
      "a", "an", "former", "ex", "ex-", "late", "then", "then-", "previous", "past", "future", "next", "first", "last",
      "successive", "as", "every", "any", "another", "outgoing", "incoming", "new");
  private static final String OTHER_COUNTRY = "other";

  private final LeaderGazetteer gazetteer;
  private final LocalDate published;
  private final LocalDate[] period;
  private final boolean britishContext;
  private final Set<String> namedInFull = new HashSet<>();
  /** The holder of each office named last in the article, by office; none after another country's holder. */
  private final Map<String, String> lastHolder = new HashMap<>();
  /** The sentence (counted from 0) in which each office's holder was last named. */
  private final Map<String, Integer> lastHolderSentence = new HashMap<>();
  /** Surnames (lower case) the article gives to someone who is not a listed leader ("Brian Fallon"). */
  private final Set<String> otherBearers = new HashSet<>();
  private int sentence = -1;

  ArticleLeaders(LeaderGazetteer gazetteer, LocalDate[] period, boolean britishContext) {
    this.gazetteer = gazetteer;
    this.published = period == null ? null : period[0];
    this.period = period;
    this.britishContext = britishContext;
  }

  /** The leaders named in the next sentence of the article, in order of appearance. */
  public List<LeaderMatch> find(List<Token> tokens) {
    sentence++;
    List<LeaderMatch> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      LeaderMatch match = gazetteer.fullName(tokens, i);
      if (match != null) {
        namedInFull.add(match.leaderId());
      } else {
        match = surname(tokens, i);
      }
      if (match == null) {
        match = title(tokens, i);
      }
      if (match != null) {
        if (!match.via().equals(LeaderMatch.TITLE_NAME_FOLLOWS)) {
          matches.add(match);
          remember(gazetteer.leader(match.leaderId()));
        }
        i = match.end();
      } else {
        i++;
      }
    }
    return matches;
  }

  private LeaderMatch surname(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    List<Leader> candidates = gazetteer.withSurname(token.word());
    if (candidates.isEmpty()) {
      return null;
    }
    boolean marked = token.isPerson()
        || (i > 0 && PERSON_MARKERS.contains(lower(tokens.get(i - 1))))
        || (i + 1 < tokens.size() && REPORTING_VERBS.contains(tokens.get(i + 1).lowerLemma()));
    String surname = lower(token);
    if (i > 0 && tokens.get(i - 1).isPerson() && startsWithCapital(tokens.get(i - 1).word())
        && !PERSON_MARKERS.contains(lower(tokens.get(i - 1)))) {
      otherBearers.add(surname); // another given name: "Brian Fallon" is not Michael Fallon
      return null;
    }
    if (!marked) {
      return null;
    }
    List<Leader> plausible = candidates.stream().filter(l -> namedInFull.contains(l.id())).toList();
    if (plausible.isEmpty() && otherBearers.contains(surname)) {
      return null;
    }
    if (plausible.isEmpty()) {
      plausible = published == null
          ? candidates
          : candidates.stream().filter(l -> l.inOfficeNear(published, LeaderGazetteer.YEARS_AROUND)).toList();
    }
    if (plausible.size() != 1) {
      return null;
    }
    return new LeaderMatch(plausible.get(0).id(), plausible.get(0).country(), i, i + 1, LeaderMatch.SURNAME);
  }

  /**
   * A title at {@code i}, with its qualifying country word before ("Russian", "Britain 's") or after ("of Russia").
   * Returns a match with {@code via} {@link LeaderMatch#TITLE_NAME_FOLLOWS} when a name follows the title, so that
   * the name is read next and remembered as the holder.
   */
  private LeaderMatch title(List<Token> tokens, int i) {
    for (Title title : gazetteer.titlesAt(tokens, i)) {
      int end = i + title.words().size();
      if (end < tokens.size() && startsWithCapital(tokens.get(end).word()) && !lower(tokens.get(end)).equals("'s")) {
        lastHolder.remove(title.office());
        return new LeaderMatch("", "", i, end, LeaderMatch.TITLE_NAME_FOLLOWS);
      }
      String country = countryBefore(tokens, i);
      if (country == null && end + 1 < tokens.size() && lower(tokens.get(end)).equals("of")) {
        country = gazetteer.qualifier(lower(tokens.get(end + 1)));
        country = country != null ? country : OTHER_COUNTRY;
        end += 2;
      }
      if (!introduced(tokens, i)) {
        return null;
      }
      Leader holder = null;
      if (country != null && country.equals(title.country())) {
        holder = gazetteer.holder(country, title.office(), period);
      } else if (country == null && title.bare().equals("GB") && britishContext) {
        holder = gazetteer.holder("GB", title.office(), period);
      } else if (country == null && title.bare().equals("recent")) {
        String id = lastHolder.get(title.office());
        boolean recent = id != null && sentence - lastHolderSentence.get(title.office()) <= 1;
        holder = recent ? gazetteer.leader(id) : null;
      } else if (country != null && title.country().isEmpty()) {
        holder = country.equals(OTHER_COUNTRY) ? null : gazetteer.holder(country, title.office(), period);
      }
      if (OTHER_COUNTRY.equals(country)) {
        lastHolder.remove(title.office());
      }
      if (holder != null) {
        return new LeaderMatch(holder.id(), holder.country(), i, end, LeaderMatch.TITLE);
      }
    }
    return null;
  }

  /** The country of the word before a title ("Russian", "Britain 's", "US"), {@code other} for another country's. */
  private String countryBefore(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && lower(tokens.get(k)).equals("'s")) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    String word = lower(tokens.get(k));
    String country = gazetteer.qualifier(word);
    if (country != null) {
      return country;
    }
    // A capitalised word other than a determiner or a sentence's first word: another country's ("US", "French").
    boolean capitalised = startsWithCapital(tokens.get(k).word()) && k > 0 && !NOT_THE_HOLDER.contains(word) && !word.equals("the");
    return capitalised ? OTHER_COUNTRY : null;
  }

  /**
   * True when the title refers to its holder: read backwards past country words and "senior", it is introduced by
   * "the", a possessive ("Britain's", "the country's"), the start of the sentence, or "and" after another title ("the
   * Prime Minister and President"). A word of {@link #NOT_THE_HOLDER} ("a former", "the first ... to", "as") or any
   * other word ("became Prime Minister", "re-elected President", "deputy prime minister") makes it generic or
   * predicative.
   */
  private boolean introduced(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String word = lower(tokens.get(k));
      if (NOT_THE_HOLDER.contains(word)) {
        return false;
      }
      if (word.equals("the") || word.equals("'s")) {
        return true;
      }
      if (word.equals("and") || word.equals("or")) {
        return k > 0 && gazetteer.endsTitle(lower(tokens.get(k - 1)));
      }
      if (!word.equals("senior") && gazetteer.qualifier(word) == null) {
        return false;
      }
    }
    return true;
  }

  private void remember(Leader leader) {
    for (Leader.Office office : leader.offices()) {
      if (period != null && office.covers(period[0], period[1])) {
        lastHolder.put(office.office(), leader.id());
        lastHolderSentence.put(office.office(), sentence);
      }
    }
  }

  private static boolean startsWithCapital(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
