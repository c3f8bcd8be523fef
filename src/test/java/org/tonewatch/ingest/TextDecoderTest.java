package org.tonewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf8AndNormalisesLineEndingsAndByteOrderMark() {
    byte[] bytes = "\uFEFFRussia\r\nand Britain\rmet".getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

    assertEquals("Russia\nand Britain\nmet", decoded.text());
    assertNull(decoded.problem());
  }

  @Test
  void composesCharactersToNfc() {
    assertEquals("caf\u00e9", TextDecoder.decode("cafe\u0301".getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void rejectsEmptyAndBlankFiles() {
    assertEquals("empty_file", TextDecoder.decode(new byte[0]).code());
    assertEquals("empty_file", TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void rejectsLatin1AsNotUtf8() {
    TextDecoder.Decoded decoded = TextDecoder.decode("Caf\u00e9 in Moscow".getBytes(StandardCharsets.ISO_8859_1));

    assertEquals("not_utf8", decoded.code());
    assertEquals("not valid UTF-8 (re-encode the file as UTF-8)", decoded.problem());
  }

  @Test
  void rejectsBinaryFilesWhetherOrNotTheyDecode() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertEquals("binary_file", TextDecoder.decode(png).code());
    byte[] controls = "ab\u0001\u0002\u0003cd".getBytes(StandardCharsets.UTF_8);
    assertEquals("binary_file", TextDecoder.decode(controls).code());
  }
}
