package org.tonewatch.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts back together what CoreNLP's splitter cut apart around quotations and list numbers, before anything is parsed:
 *
 * <ul>
 *   <li>a sentence that opens with the closing quote of the one before, glued to it ({@code …that?'' she asked.});
 *   <li>a sentence whose first word (after a quote) is in lower case: it continues the one before (but not a list
 *       item's letter, {@code c. Trump Emboldened Russia}, {@code b) Moscow gained ground});
 *   <li>an attribution after a quotation: the sentence before ends with a closing quote and this one is a speaker
 *       and a reporting verb within its first seven words ({@code "…?" Trump said.}). After a quotation that ends with
 *       a full stop the attribution must end there too, go on with no clause or quotation of its own, or go on after
 *       a dash ({@code "…." Sanders said.}, {@code "…." Trump said in an interview on Monday.},
 *       {@code "…." Sanders said — …}): {@code "…." Parnas said he also heard …}, {@code "…." She added: "…"} and
 *       {@code "…." The statement continued, "…"} are new sentences. The speaker may carry one apposition between
 *       commas or in brackets, with no verb in it ({@code "…?" Rep. Jerry Nadler, the committee's chairman, tweeted.},
 *       {@code "…?" Sen. Ron Johnson (R-Wis.) asked …}). An attribution that opens a quotation of its own is a new
 *       sentence ({@code "…?" He added, "…"}).
 *   <li>a list number on its own ({@code 1.}): it joins the sentence it numbers.
 *   <li>a sentence that opens with a comma or a semicolon: the splitter took the stop of an abbreviation before it for
 *       the end ({@code Sen. Lindsey Graham, R-S.C., said …}).
 *   <li>a sentence that opens with a dash after one that ends with a question or an exclamation mark: the mark ended
 *       an aside between dashes, not the sentence ({@code … the question — does the deal dampen the prospect of war
 *       itself? — must be answered …}, {@code … he's admitted — openly! — that …}); and one that opens with a dash
 *       after a quotation and has no clause of its own: it says who said it ({@code "…." — Trump in a tweet on
 *       Thursday.}).
 *   <li>a sentence cut after an abbreviation in a name ({@code Co.}, {@code Mo.}, {@code Inc.}) that the splitter took
 *       for the end, when one of the two halves has no finite verb: the name goes on ({@code … aluminum giant United Co.
 *       Rusal, as well as …, began …}). Two halves that are each a clause stay apart ({@code … Roy Blunt, R-Mo. The
 *       senator denied it.}).
 * </ul>
 *
 * <p>The attribution and the last three joins do not cross a paragraph break: a paragraph that opens with a speaker
 * and a verb after a quotation ({@code …same!”} / {@code Mr. Trump said China …}) is a sentence of its own.
 *
 * <p>First, a closing quote glued to the end of a sentence goes back to it when the splitter put it at the start of the
 * next one: CoreNLP's tokenizer reads a single and a double closing quote together ({@code …days.’” What …}) as one
 * token, which its splitter does not take for a quote; and it puts a straight double quote that closes a quotation
 * opened in an earlier sentence at the start of the next ({@code "No sentiment here. We appreciate it." Political …}),
 * and from then on the opening quote of each quotation at the end of the sentence before it, which is put back too.
 * A straight double quote glued to the stop is read as closing because {@link SpacedText} has already put a space
 * before one that was glued to the next word too. A closing quote is a token of closing quote marks alone.
 */
final class SentenceJoins {
  private static final Set<String> QUOTES = Set.of("''", "\"", "\u201d", "\u2019", "'", "``", "\u201c");
  /** A list item's letter with its full stop, one token to the tokenizer ({@code c.}). */
  private static final Pattern LIST_LETTER = Pattern.compile("\\p{Ll}\\.");
  /** The quote tokens that may open a quotation. */
  private static final Set<String> OPENING = Set.of("\"", "``", "\u201c");
  /** The marks a closing quote token is made of: one ({@code ”}) or more ({@code ’”}). */
  private static final String CLOSING_MARKS = "\"'\u2019\u201d";
  private static final Set<String> STOPS = Set.of(".", "?", "!", "...", "…");
  private static final Set<String> LIST_MARKS = Set.of(".", ")");
  /** Reporting verbs, as lemmas (CoreNLP's lemma annotator runs before the joins). */
  private static final Set<String> REPORTING = Set.of("say", "tell", "ask", "tweet", "write", "add", "reply", "respond",
      "explain", "note", "warn", "insist", "argue", "claim", "declare", "recall", "continue", "conclude", "state", "probe",
      "press", "wonder", "inquire", "quip", "retort", "exclaim", "shout", "yell");
  private static final int ATTRIBUTION_WORDS = 7;
  /** The most tokens of an apposition between commas inside an attribution's speaker ({@code , the committee's chairman,}). */
  private static final int APPOSITION_TOKENS = 12;
  /** The dashes that close an aside ({@code — does it? —}), as CoreNLP's tokenizer gives them. */
  private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");
  /** The stops an aside between dashes ends with, which the splitter takes for the sentence's end. */
  private static final Set<String> INTERJECTION_ENDS = Set.of("?", "!");
  /** Tokens a sentence cannot open with: they continue the one before. */
  private static final Set<String> CONTINUING = Set.of(",", ";");
  /**
   * An abbreviation that a name goes on after: a capital and up to four small letters ({@code Co.}, {@code Inc.},
   * {@code Mo.}, {@code Jr.}). Times ({@code a.m.}) and initialisms ({@code U.S.}) end sentences too often.
   */
  private static final Pattern NAME_ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}\\.");
  /** The tags of a finite verb: a clause of its own. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Stops after which a quotation is a whole sentence, so that only a bare attribution joins it. */
  private static final Set<String> FULL_STOPS = Set.of(".", "...", "…");
  /** The marks before a quote mark that open a quotation of the attribution's own ({@code He added, "…"}). */
  private static final Set<String> QUOTATION_OPENERS = Set.of(",", ":");
  /** What may follow the reporting verb of a bare attribution: its own stop, or a dash before more. */
  private static final Set<String> ATTRIBUTION_ENDS = Set.of(".", "—", "–", "-", "--");

  private SentenceJoins() {}

  static List<CoreMap> join(List<CoreMap> split, String text) {
    List<CoreMap> sentences = withOpeningQuotesMovedOn(split, text);
    List<CoreMap> joined = new ArrayList<>(sentences.size());
    for (CoreMap next : sentences) {
      if (joined.isEmpty()) {
        joined.add(next);
        continue;
      }
      CoreMap previous = joined.get(joined.size() - 1);
      if (opensWithTheClosingQuoteOf(tokens(previous), tokens(next))) {
        List<CoreLabel> words = tokens(next);
        List<CoreLabel> longer = new ArrayList<>(tokens(previous));
        longer.add(words.get(0));
        previous = sentence(longer, text, joined.size() - 1, previous.get(CoreAnnotations.TokenBeginAnnotation.class));
        joined.set(joined.size() - 1, previous);
        Integer tokenBegin = next.get(CoreAnnotations.TokenBeginAnnotation.class);
        next = sentence(new ArrayList<>(words.subList(1, words.size())), text, next.get(CoreAnnotations.SentenceIndexAnnotation.class),
            tokenBegin == null ? null : tokenBegin + 1);
      }
      if (continues(tokens(previous), tokens(next), sameParagraph(text, previous, next))) {
        joined.set(joined.size() - 1, merge(previous, next, text, joined.size() - 1));
      } else {
        joined.add(next);
      }
    }
    return joined;
  }

  /** {@code sentences} with each opening quote the splitter left at the end of a sentence moved to the next one. */
  private static List<CoreMap> withOpeningQuotesMovedOn(List<CoreMap> sentences, String text) {
    List<CoreMap> moved = new ArrayList<>(sentences);
    for (int i = 1; i < moved.size(); i++) {
      List<CoreLabel> previous = tokens(moved.get(i - 1));
      if (!endsWithTheOpeningQuoteOf(previous, tokens(moved.get(i)))) {
        continue;
      }
      List<CoreLabel> longer = new ArrayList<>(previous.subList(previous.size() - 1, previous.size()));
      longer.addAll(tokens(moved.get(i)));
      moved.set(i - 1, sentence(new ArrayList<>(previous.subList(0, previous.size() - 1)), text, i - 1,
          moved.get(i - 1).get(CoreAnnotations.TokenBeginAnnotation.class)));
      Integer tokenBegin = moved.get(i).get(CoreAnnotations.TokenBeginAnnotation.class);
      moved.set(i, sentence(longer, text, i, tokenBegin == null ? null : tokenBegin - 1));
    }
    return moved;
  }

  /**
   * True when {@code previous} ends with an opening quote mark that has a space before it and is glued to the first
   * word of {@code next}: the quote opens {@code next}. CoreNLP's splitter reads straight quotes as opening and
   * closing in turn, so after a quotation that spans sentences it takes each opening quote for a closing one.
   */
  static boolean endsWithTheOpeningQuoteOf(List<CoreLabel> previous, List<CoreLabel> next) {
    if (previous.size() < 2 || next.isEmpty()) {
      return false;
    }
    CoreLabel quote = previous.get(previous.size() - 1);
    return OPENING.contains(quote.word()) && quote.beginPosition() > previous.get(previous.size() - 2).endPosition()
        && next.get(0).beginPosition() == quote.endPosition();
  }

  /**
   * True when {@code next} opens with a token of two or more closing quotes, or with a straight double quote, glued to
   * the stop that ends {@code previous}, and goes on. (The splitter places a single curly closing quote right.)
   */
  static boolean opensWithTheClosingQuoteOf(List<CoreLabel> previous, List<CoreLabel> next) {
    if (previous.isEmpty() || next.size() < 2) {
      return false;
    }
    String quote = next.get(0).word();
    return (quote.length() > 1 && isClosing(quote) || quote.equals("\""))
        && STOPS.contains(previous.get(previous.size() - 1).word())
        && next.get(0).beginPosition() == previous.get(previous.size() - 1).endPosition();
  }

  /** True when {@code next} belongs to the sentence {@code previous} (see the class's rules). */
  static boolean continues(List<CoreLabel> previous, List<CoreLabel> next, boolean sameParagraph) {
    if (previous.isEmpty() || next.isEmpty()) {
      return false;
    }
    CoreLabel last = previous.get(previous.size() - 1);
    CoreLabel first = next.get(0);
    if (QUOTES.contains(first.word()) && first.beginPosition() == last.endPosition() && next.size() > 1) {
      return true;
    }
    int word = 0;
    while (word < next.size() && QUOTES.contains(next.get(word).word())) {
      word++;
    }
    if (word < next.size() && startsLowerCase(next.get(word).word()) && !isListLetter(next, word)) {
      return true;
    }
    String beforeQuote = previous.size() > 1 ? previous.get(previous.size() - 2).word() : "";
    boolean endsQuoted = isClosing(last.word()) && previous.size() > 1 && STOPS.contains(beforeQuote)
        || isClosing(last.word()) && previous.size() > 2 && beforeQuote.equals(",");
    int verb = endsQuoted && sameParagraph ? reportingVerb(next, word) : -1;
    if (verb >= 0 && !opensAQuotation(next, verb + 1) && (!FULL_STOPS.contains(beforeQuote) || verb + 1 == next.size()
        || ATTRIBUTION_ENDS.contains(next.get(verb + 1).word()) || isBare(next.subList(verb + 1, next.size())))) {
      return true;
    }
    if (sameParagraph && DASHES.contains(first.word())
        && (INTERJECTION_ENDS.contains(last.word()) || endsQuoted && isBare(next))) {
      return true;
    }
    if (sameParagraph && (CONTINUING.contains(first.word())
        || cutAfterAbbreviation(previous) && (!hasFiniteVerb(previous) || !hasFiniteVerb(next)))) {
      return true;
    }
    return previous.size() == 2 && previous.get(0).word().matches("\\d{1,2}") && LIST_MARKS.contains(last.word());
  }

  /**
   * True when the splitter ended {@code sentence} at the abbreviation in a name: its last two tokens are the
   * abbreviation ({@code Co.}, see {@link #NAME_ABBREVIATION}) and a stop made of the abbreviation's own full stop.
   */
  private static boolean cutAfterAbbreviation(List<CoreLabel> sentence) {
    if (sentence.size() < 2) {
      return false;
    }
    CoreLabel abbreviation = sentence.get(sentence.size() - 2);
    CoreLabel stop = sentence.get(sentence.size() - 1);
    return stop.word().equals(".") && NAME_ABBREVIATION.matcher(abbreviation.word()).matches()
        && stop.beginPosition() == abbreviation.endPosition();
  }

  /**
   * True when the token at {@code word} is a list item's letter in small letters: {@code c.}, one token, or {@code b)},
   * which the tokenizer cuts into the letter and a bracket glued to it. A sentence it opens does not continue the one
   * before.
   */
  private static boolean isListLetter(List<CoreLabel> tokens, int word) {
    CoreLabel letter = tokens.get(word);
    if (LIST_LETTER.matcher(letter.word()).matches()) {
      return true;
    }
    if (letter.word().length() != 1 || word + 1 >= tokens.size()) {
      return false;
    }
    CoreLabel bracket = tokens.get(word + 1);
    return bracket.word().equals(")") && bracket.beginPosition() == letter.endPosition();
  }

  /** True when {@code tokens} have no finite verb and no quote mark: what they say is no clause of their own. */
  private static boolean isBare(List<CoreLabel> tokens) {
    return !hasFiniteVerb(tokens) && tokens.stream().noneMatch(token -> QUOTES.contains(token.word()));
  }

  /** True when the tokens from {@code from} are a comma or a colon and a quote mark: a quotation of its own begins. */
  private static boolean opensAQuotation(List<CoreLabel> tokens, int from) {
    return from + 1 < tokens.size() && QUOTATION_OPENERS.contains(tokens.get(from).word())
        && QUOTES.contains(tokens.get(from + 1).word());
  }

  /** True when {@code sentence} has a finite verb: it is a clause of its own. */
  static boolean hasFiniteVerb(List<CoreLabel> sentence) {
    return sentence.stream().anyMatch(token -> token.tag() != null && FINITE.contains(token.tag()));
  }

  private static boolean sameParagraph(String text, CoreMap previous, CoreMap next) {
    int end = previous.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int begin = next.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    return end > begin || !text.substring(end, begin).contains("\n\n");
  }

  /**
   * The index of the reporting verb when the words from {@code from} open with a speaker and one ("Trump said", "the
   * minister told"), within the first seven words and one apposition between commas; else -1.
   */
  private static int reportingVerb(List<CoreLabel> tokens, int from) {
    int words = 0;
    boolean apposed = false;
    for (int i = from; i < tokens.size() && words < ATTRIBUTION_WORDS; i++) {
      CoreLabel token = tokens.get(i);
      String lemma = (token.lemma() != null ? token.lemma() : token.word()).toLowerCase(Locale.ROOT);
      if (i > from && REPORTING.contains(lemma) && token.tag() != null && token.tag().startsWith("VB")) {
        return i;
      }
      String tag = token.tag() == null ? "" : token.tag();
      if ((tag.equals(",") || tag.equals("-LRB-")) && i > from && !apposed) {
        int close = closingMark(tokens, i);
        if (close < 0) {
          return -1;
        }
        apposed = true;
        i = close;
        continue;
      }
      if (!(tag.startsWith("NN") || tag.equals("PRP") || tag.equals("DT") || tag.equals("JJ") || tag.equals("POS"))) {
        return -1;
      }
      words++;
    }
    return -1;
  }

  /**
   * The index of the comma or bracket that closes an apposition opened by the comma or bracket at {@code open}, within
   * {@value #APPOSITION_TOKENS} tokens and with no verb or stop inside; else -1.
   */
  private static int closingMark(List<CoreLabel> tokens, int open) {
    String closing = "-LRB-".equals(tokens.get(open).tag()) ? "-RRB-" : ",";
    for (int i = open + 1; i < Math.min(tokens.size(), open + 2 + APPOSITION_TOKENS); i++) {
      String tag = tokens.get(i).tag() == null ? "" : tokens.get(i).tag();
      if (tag.equals(closing)) {
        return i > open + 1 ? i : -1;
      }
      if (tag.startsWith("VB") || tag.equals(".") || tag.equals(":")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isClosing(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> CLOSING_MARKS.indexOf(c) >= 0);
  }

  private static boolean startsLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  private static CoreMap merge(CoreMap previous, CoreMap next, String text, int index) {
    List<CoreLabel> tokens = new ArrayList<>(tokens(previous));
    tokens.addAll(tokens(next));
    return sentence(tokens, text, index, previous.get(CoreAnnotations.TokenBeginAnnotation.class));
  }

  /** A sentence of {@code tokens}, numbered {@code index}, from its first token's start to its last one's end. */
  static CoreMap sentence(List<CoreLabel> tokens, String text, int index, Integer tokenBegin) {
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
      tokens.get(i).setSentIndex(index);
    }
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    if (tokenBegin != null) {
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    }
    return sentence;
  }
}
