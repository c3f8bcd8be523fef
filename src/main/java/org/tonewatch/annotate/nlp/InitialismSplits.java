package org.tonewatch.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a sentence in two where CoreNLP's splitter ran on past an initialism that ended it. The tokenizer reads the
 * stop of {@code U.S.} as the initialism's own, so the splitter does not end the sentence there ({@code … attacks on
 * press freedom across the U.S. Several of these incidents …}). The cut is made after an initialism of two or more
 * capitals with their stops ({@code U.S.}, {@code D.C.}, {@code F.B.I.}) when, on the same line:
 *
 * <ul>
 *   <li>the next word is one that opens a sentence and does not go on a name ({@code The}, {@code He}, {@code But},
 *       {@code However}, {@code Several}; never {@code I}, as in {@code … based in New York and D.C. I contacted …}), or
 *       an opening quote and a capital ({@code … said Jerry Nadler, D-N.Y. "No one, not even the president, is …"}:
 *       a lawmaker's party and state count as an initialism here, {@code D-Calif.} too, which the tokenizer splits);
 *       after a name's or a company's closing abbreviation ({@code Trump Jr.}, {@code Enron Corp.}), only the quote;
 *   <li>each half has a finite verb, so that a time stamp ({@code UPDATE 12:50 P.M. As …}) stays with its line;
 *   <li>the words are not in title case, as a headline's are ({@code Trump Moves To Withdraw U.S. From U.N. …}).
 * </ul>
 */
final class InitialismSplits {
  /** An initialism with its stops ({@code U.S.}, {@code N.Y.}). */
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
  /**
   * A state's short name with its stop ({@code Calif.}, {@code Mo.}): the tokenizer splits a lawmaker's party and state
   * into three tokens ({@code D}, {@code -}, {@code Calif.}), so the state is read with the two before it.
   */
  private static final Pattern STATE = Pattern.compile("\\p{Lu}[\\p{L}.]*\\.");
  private static final Set<String> PARTIES = Set.of("D", "R", "I");
  /**
   * A name's or a company's closing abbreviation ({@code Trump Jr.}, {@code Enron Corp.}): it ends a sentence only
   * before an opening quote and a capital ({@code … he praised Trump Jr. "Don Jr. was …"}), never before an opener.
   */
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.");
  /** Opening quotes, as CoreNLP's tokenizer gives them. */
  private static final Set<String> OPENING_QUOTES = Set.of("``", "\"", "\u201c");
  /** Words that open a sentence after an initialism, in the case they have there. */
  private static final Set<String> OPENERS = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "He",
      "She", "They", "We", "You", "His", "Her", "Their", "Our", "Its", "There", "But", "And", "Yet", "So", "In", "As",
      "If", "When", "While", "After", "Before", "Since", "Although", "Though", "However", "Meanwhile", "Still", "Some",
      "Several", "Many", "Most", "Both", "Each", "Such", "What", "Why", "How", "Now", "Then", "Earlier", "Later",
      "During", "Despite", "Because", "Not", "According", "Instead");
  /** The share of words with a capital first above which a sentence is in title case. */
  private static final double TITLE_CASE = 0.6;

  private InitialismSplits() {}

  /** The sentences with each one that ran on past an initialism cut there; the others as they are. */
  static List<CoreMap> split(List<CoreMap> sentences, String text) {
    List<CoreMap> split = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int from = 0;
      if (!inTitleCase(tokens)) {
        for (int cut = 1; cut < tokens.size() - 1; cut++) {
          if (endsHere(tokens, from, cut)) {
            split.add(SentenceJoins.sentence(new ArrayList<>(tokens.subList(from, cut + 1)), text, split.size(),
                tokenBegin == null ? null : tokenBegin + from));
            from = cut + 1;
          }
        }
      }
      if (from == 0) {
        split.add(sentence);
      } else {
        split.add(SentenceJoins.sentence(new ArrayList<>(tokens.subList(from, tokens.size())), text, split.size(),
            tokenBegin == null ? null : tokenBegin + from));
      }
    }
    return split;
  }

  /** True when the sentence that opened at token {@code from} ends with the initialism at {@code cut}. */
  private static boolean endsHere(List<CoreLabel> tokens, int from, int cut) {
    CoreLabel initialism = tokens.get(cut);
    CoreLabel next = tokens.get(cut + 1);
    return (isInitialism(tokens, cut) && opensASentence(tokens, cut + 1)
            || SUFFIXES.contains(initialism.word()) && opensWithAQuote(tokens, cut + 1))
        && next.beginPosition() == initialism.endPosition() + 1
        && SentenceJoins.hasFiniteVerb(tokens.subList(from, cut))
        && SentenceJoins.hasFiniteVerb(tokens.subList(cut + 1, tokens.size()));
  }

  /**
   * True when the token at {@code at} is an initialism, or a state's short name after a party and a hyphen, all three
   * written together ({@code D}, {@code -}, {@code Calif.}).
   */
  private static boolean isInitialism(List<CoreLabel> tokens, int at) {
    CoreLabel token = tokens.get(at);
    if (INITIALISM.matcher(token.word()).matches()) {
      return true;
    }
    if (at < 2 || !STATE.matcher(token.word()).matches()) {
      return false;
    }
    CoreLabel hyphen = tokens.get(at - 1);
    CoreLabel party = tokens.get(at - 2);
    return hyphen.word().equals("-") && PARTIES.contains(party.word())
        && party.endPosition() == hyphen.beginPosition() && hyphen.endPosition() == token.beginPosition();
  }

  /** True when the words from {@code at} open a sentence: an opener, or an opening quote and a capital. */
  private static boolean opensASentence(List<CoreLabel> tokens, int at) {
    return OPENERS.contains(tokens.get(at).word()) || opensWithAQuote(tokens, at);
  }

  /** True when the words from {@code at} are an opening quote and a capital. */
  private static boolean opensWithAQuote(List<CoreLabel> tokens, int at) {
    return OPENING_QUOTES.contains(tokens.get(at).word()) && at + 1 < tokens.size()
        && Character.isUpperCase(tokens.get(at + 1).word().codePointAt(0));
  }

  private static boolean inTitleCase(List<CoreLabel> tokens) {
    long words = tokens.stream().filter(token -> Character.isLetter(token.word().codePointAt(0))).count();
    long capitalised = tokens.stream().filter(token -> Character.isUpperCase(token.word().codePointAt(0))).count();
    return words > 0 && capitalised > TITLE_CASE * words;
  }
}
