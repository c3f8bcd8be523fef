package org.tonewatch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a file's bytes into article text, or says why it cannot. Strict UTF-8 (a byte-order mark is dropped), or
 * strict UTF-16 when the file starts with a UTF-16 byte-order mark (as Windows tools write "Unicode" text); line
 * endings made {@code \n}, Unicode NFC. Character offsets in the tables count UTF-16 units of this normalised text.
 * Stateless and thread-safe.
 */
public final class TextDecoder {
  /** Share of control characters above which a file is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private TextDecoder() {}

  /** The outcome of decoding: {@code text} when it worked, else {@code problem}. */
  public record Decoded(String text, String code, String problem) {
    static Decoded ok(String text) { return new Decoded(text, null, null); }
    static Decoded failed(String code, String problem) { return new Decoded(null, code, problem); }
  }

  public static Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Decoded.failed("empty_file", "empty file");
    }
    String text;
    if (hasUtf16Mark(bytes)) {
      try {
        text = strict(StandardCharsets.UTF_16, bytes);
      } catch (CharacterCodingException e) {
        return Decoded.failed("not_utf8", "starts with a UTF-16 byte-order mark but is not valid UTF-16 (re-encode the file as UTF-8)");
      }
    } else {
      try {
        text = strict(StandardCharsets.UTF_8, bytes);
      } catch (CharacterCodingException e) {
        return looksBinary(bytes) ? Decoded.failed("binary_file", "binary file") : Decoded.failed("not_utf8", "not valid UTF-8 (re-encode the file as UTF-8)");
      }
    }
    if (countControl(text) > Math.max(0, text.length() * MAX_CONTROL_SHARE)) {
      return Decoded.failed("binary_file", "binary file");
    }
    return normalise(text);
  }

  /** Normalises text that arrived already decoded (news-please JSON). */
  public static Decoded normalise(String raw) {
    if (raw == null) {
      return Decoded.failed("no_text", "no text");
    }
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (text.isBlank()) {
      return Decoded.failed("empty_file", "empty file");
    }
    return Decoded.ok(text);
  }

  private static boolean hasUtf16Mark(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
  }

  private static String strict(java.nio.charset.Charset charset, byte[] bytes) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static boolean looksBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return controls > bytes.length * MAX_CONTROL_SHARE;
  }

  private static int countControl(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls;
  }
}
