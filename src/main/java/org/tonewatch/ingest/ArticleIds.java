package org.tonewatch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code article_id}: the first 16 hex digits of the SHA-256 of the normalised text, so equal texts share an id. */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String normalisedText) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedText.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
