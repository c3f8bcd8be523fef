package org.tonewatch.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonewatch.annotate.nlp.NlpEngine;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.nlp.PhraseTree;
import org.tonewatch.annotate.nlp.Token;

/**
 * A small stand-in for CoreNLP in unit tests ({@code nlp.engine=org.tonewatch.testing.FakeNlpEngine}): a sentence
 * ends at {@code .}, {@code !} or {@code ?} before white space, or at a blank line; tokens come from {@link Tokens};
 * every parsed sentence is neutral, except that one containing "wonderful" is positive and one containing "awful"
 * negative. Sentences over the token limit are left unparsed, as CoreNLP does.
 */
public final class FakeNlpEngine implements NlpEngine {
  private static final Pattern SENTENCE = Pattern.compile("[^\\s](?:.|\\n(?!\\s*\\n))*?(?:[.!?](?=\\s|$)|(?=\\n\\s*\\n)|$)", Pattern.DOTALL);
  private static final double[] NEUTRAL = {0, 0, 1, 0, 0};
  private static final double[] POSITIVE = {0, 0, 0, 1, 0};
  private static final double[] NEGATIVE = {0, 1, 0, 0, 0};

  private final int maxTokens;

  public FakeNlpEngine(NlpSettings settings) {
    this.maxTokens = settings.maxSentenceTokens();
  }

  @Override
  public List<NlpSentence> annotate(String text) {
    List<NlpSentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      List<Token> tokens = Tokens.of(m.group(), m.start());
      if (tokens.size() > maxTokens) {
        sentences.add(NlpSentence.unparsed(m.start(), m.end(), m.group(), tokens, NlpSentence.TOO_LONG));
        continue;
      }
      String lower = m.group().toLowerCase();
      double[] p = lower.contains("wonderful") ? POSITIVE : lower.contains("awful") ? NEGATIVE : NEUTRAL;
      sentences.add(new NlpSentence(m.start(), m.end(), m.group(), tokens, NlpSentence.PARSED, PhraseTree.flat(tokens.size(), p), null));
    }
    return sentences;
  }
}
