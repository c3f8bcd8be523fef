package org.tonewatch.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonewatch.annotate.nlp.Token;

/**
 * A tiny tokenizer for fixtures: words (hyphens kept), 's and single punctuation marks, with offsets into the
 * string. The lemma is the lower-cased word with a plural s cut, or from a short list of verb forms; a word written
 * {@code Name/PERSON} gets that NER tag.
 */
public final class Tokens {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*(?:/[A-Z]+)?|'s|\\S");

  private Tokens() {}

  public static List<Token> of(String text) {
    return of(text, 0);
  }

  public static List<Token> of(String text, int offset) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group();
      String ner = "O";
      int slash = word.indexOf('/');
      if (slash > 0) {
        ner = word.substring(slash + 1);
        word = word.substring(0, slash);
      }
      tokens.add(new Token(word, offset + m.start(), offset + m.start() + word.length(), null, lemma(word), ner));
    }
    return tokens;
  }

  private static final Map<String, String> IRREGULAR = Map.of(
      "visited", "visit", "arrived", "arrive", "travelled", "travel", "expelled", "expel", "cancelled", "cancel",
      "faces", "face", "has", "have", "is", "be", "was", "be", "said", "say");

  private static String lemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(w)) {
      return IRREGULAR.get(w);
    }
    return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }
}
