package org.tonewatch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code article_id}: the first 16 hex digits of the SHA-256 of the outlet and the normalised text. The same text from
 * the same outlet has one id (a second copy is a {@code duplicate} reject); the same text printed by two outlets is two
 * articles, which copy detection puts in one cluster.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String outlet, String normalisedText) {
    String key = (outlet == null ? "" : outlet) + "\u0000" + normalisedText.strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
