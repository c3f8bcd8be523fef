package org.tonewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLanguageTest {
  private static final String ENGLISH = "The foreign minister said on Tuesday that talks with Moscow would resume next month, "
      + "although officials in London warned that sanctions would stay in place until the ceasefire held. ";
  private static final String GERMAN = "Der Außenminister sagte am Dienstag, dass die Gespräche mit Moskau im nächsten Monat "
      + "weitergehen würden, obwohl Beamte in Berlin warnten, dass die Sanktionen bestehen bleiben. ";

  private static String repeat(String sentence, int characters) {
    return sentence.repeat(characters / sentence.length() + 1);
  }

  @Test
  void namesTheLanguageOfATextThatIsNotEnglish() {
    assertNull(TextLanguage.otherThanEnglish(repeat(ENGLISH, 4000)));
    assertEquals("German", TextLanguage.otherThanEnglish(repeat(GERMAN, 4000)));
    assertNull(TextLanguage.otherThanEnglish("Der Außenminister sagte am Dienstag."), "too few letters for a verdict");
  }

  @Test
  void anEnglishOpeningSettlesIt() {
    String englishOpening = repeat(ENGLISH, TextLanguage.OPENING_CHARACTERS);
    assertTrue(englishOpening.length() < 2 * TextLanguage.OPENING_CHARACTERS);
    assertNull(TextLanguage.otherThanEnglish(englishOpening + repeat(GERMAN, 4000)));
    assertEquals("German", TextLanguage.otherThanEnglish(repeat(GERMAN, TextLanguage.OPENING_CHARACTERS) + repeat(ENGLISH, 400)));
  }
}
