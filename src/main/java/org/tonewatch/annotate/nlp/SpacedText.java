package org.tonewatch.annotate.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text as the tokenizer reads it: where paragraphs were glued with no space after the stop ("…the
 * bid.Russia has…", "…he said.\"The…", "…in Washington.“I had…"), a space is put after the stop so that the two
 * sentences are split; and the way back from offsets in that text to offsets in the article's own text, which every row
 * reports.
 *
 * <p>A stop is glued when it follows a word that ends in two lower-case letters or digits or in three capitals ("…the
 * news became FAKE.They said…", "…the AFL-CIO.Lighthizer…") and is followed (after an
 * optional closing quote or bracket) by a capital and a letter, or by an opening curly quote and a capital. It is not
 * glued inside an e-mail address or a web address ("Rebecca.Ballhaus@wsj.com"), nor after an abbreviation
 * ("Mrs.Smith"). The space goes after a closing mark, but before a straight double quote: glued to both the stop and
 * the next word ("…over Syria."But this cannot…"), it opens the second paragraph's quotation far more often than it
 * closes the first's (in the corpus, about four times in five), and either way the two sentences are split.
 *
 * <p>The line breaks before the text's first word are read as spaces: given a text that opens with a paragraph break (a
 * headline or a dateline the cleaner blanked), CoreNLP's splitter cuts the closing quote that ends the first paragraph
 * off as a sentence of its own ({@code …they are called “spins.} / {@code ”}), and a sentence without a word is dropped.
 * The text keeps its length, so its offsets are the article's.
 */
final class SpacedText {
  private static final Pattern GLUED = Pattern.compile("(?<=(?:[\\p{Ll}\\p{N}]{2}|\\p{Lu}{3})[.!?]['\"’”)\\]]?)(?=[\\p{Lu}][\\p{L}]|“\\p{Lu})");
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt",
      "col", "sgt", "capt", "adm", "jr", "sr", "prof", "rev", "hon", "mt", "ft", "no", "vs", "etc", "inc", "co", "corp",
      "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est");

  private final String text;
  /** Offsets in {@link #text} of the spaces put in, ascending. */
  private final int[] added;

  private SpacedText(String text, int[] added) {
    this.text = text;
    this.added = added;
  }

  static SpacedText of(String article) {
    String source = withoutLeadingBreaks(article);
    Matcher m = GLUED.matcher(source);
    StringBuilder spaced = null;
    int[] added = new int[0];
    int copied = 0;
    while (m.find()) {
      int at = m.start();
      if (!isGlued(source, at)) {
        continue;
      }
      if (spaced == null) {
        spaced = new StringBuilder(source.length() + 16);
      }
      int space = source.charAt(at - 1) == '"' ? at - 1 : at;
      spaced.append(source, copied, space);
      added = Arrays.copyOf(added, added.length + 1);
      added[added.length - 1] = spaced.length();
      spaced.append(' ');
      copied = space;
    }
    if (spaced == null) {
      return new SpacedText(source, added);
    }
    spaced.append(source, copied, source.length());
    return new SpacedText(spaced.toString(), added);
  }

  /** {@code text} with the line breaks before its first word turned into spaces. */
  private static String withoutLeadingBreaks(String text) {
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (text.substring(0, first).chars().noneMatch(c -> c == '\n' || c == '\r')) {
      return text;
    }
    return " ".repeat(first) + text.substring(first);
  }

  /** False inside an address, or after an abbreviation, for a candidate split at {@code at}. */
  private static boolean isGlued(String text, int at) {
    int chunkStart = at;
    while (chunkStart > 0 && !Character.isWhitespace(text.charAt(chunkStart - 1))) {
      chunkStart--;
    }
    int chunkEnd = at;
    while (chunkEnd < text.length() && !Character.isWhitespace(text.charAt(chunkEnd))) {
      chunkEnd++;
    }
    String chunk = text.substring(chunkStart, chunkEnd);
    if (chunk.contains("@") || chunk.contains("://") || chunk.startsWith("www.")) {
      return false;
    }
    int stop = at - 1;
    while (stop > chunkStart && ".!?".indexOf(text.charAt(stop)) < 0) {
      stop--;
    }
    int wordStart = stop;
    while (wordStart > chunkStart && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return !ABBREVIATIONS.contains(text.substring(wordStart, stop).toLowerCase(Locale.ROOT));
  }

  /** The text the tokenizer reads. */
  String text() {
    return text;
  }

  /** The offset in the article's own text of {@code offset} in {@link #text()}. */
  int original(int offset) {
    int before = Arrays.binarySearch(added, offset);
    // Spaces put in strictly before the offset; a token ending at a space put in ends where the stop ends.
    return offset - (before >= 0 ? before : -before - 1);
  }
}
