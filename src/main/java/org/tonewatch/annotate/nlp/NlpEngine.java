package org.tonewatch.annotate.nlp;

import java.util.List;

/**
 * The seam between the job and the NLP library: text in, sentences with tokens, sentiment and phrase sentiment out.
 * Nothing outside this package knows which library or parser ran. Implementations are thread-safe: one instance per
 * JVM serves every task thread (see {@link NlpEngines}).
 */
public interface NlpEngine {
  /** The sentences of {@code text}, in order; offsets are into {@code text}. */
  List<NlpSentence> annotate(String text);
}
