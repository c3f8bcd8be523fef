package org.tonewatch.nightly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.reference.ReferenceData;

/**
 * {@code annotation_version}: what an article's annotation depends on besides its text, as 12 hex digits of a SHA-256
 * over the annotation code's version ({@link #CODE}, raised by hand when the annotate stage changes what it writes),
 * the CoreNLP version (its models are pinned with it), the NLP and copy-detection settings, the tone model (for a
 * trained one, its weights' hash, wherever the file lies) and the reference tables' contents. A run annotates again
 * every article annotated under another version; articles of the same version keep their rows.
 */
final class AnnotationVersion {
  /** Raise when a change to the annotate stage changes its output for the same text and settings. */
  static final String CODE = "annotate-2026-12-06-3";
  static final List<String> REFERENCE_TABLES = List.of("leaders.csv", "offices.csv", "titles.csv", "country_words.csv",
      "russia_terms.csv", "private_nouns.csv", "relation_cues.csv", "chrome_rules.csv", "outlets.csv");

  private AnnotationVersion() {}

  static String of(JobConf conf, ToneModel tone, ReferenceData reference) {
    StringBuilder key = new StringBuilder(CODE).append('\n').append(BuildInfo.CURRENT.corenlpVersion()).append('\n')
        .append(conf.nlp()).append('\n').append(tone.version()).append('\n')
        .append(conf.copiesMinSimilarity()).append('\n');
    for (String table : REFERENCE_TABLES) {
      key.append(table).append(reference.rows(table)).append('\n');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
