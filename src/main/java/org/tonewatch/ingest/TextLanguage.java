package org.tonewatch.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an article is English: by its language tag when it has one (BCP 47 or ISO 639: {@code en}, {@code en-GB},
 * {@code EN_us}, {@code eng} and the name {@code English} are English), else by Lingua's detector, an n-gram model of 75
 * languages. The detector reads the text's opening first and, only when that does not read as English, the first few
 * thousand characters: nearly every article is English, and the detector's time grows with what it reads (always
 * reading the longer sample, it took about a seventh of the time CoreNLP took over the benchmark's articles). It is
 * built once per JVM, on first use, in its low-accuracy mode (trigram models only, tens of megabytes instead of a
 * gigabyte), which is reliable from about 120 characters: shorter texts get no verdict and are kept. Thread-safe.
 */
public final class TextLanguage {
  /** What the detector reads first; an opening that reads as English settles it. */
  static final int OPENING_CHARACTERS = 1000;
  /** What it reads when the opening is not English, so that a text opening with a quotation in another language is judged by more. */
  static final int SAMPLE_CHARACTERS = 3000;
  /** Below this many letters the low-accuracy mode guesses ("Russia spoke last." reads as Latin): no verdict. */
  static final int MIN_LETTERS = 120;
  private static final Set<String> ENGLISH = Set.of("en", "eng", "english");

  private TextLanguage() {}

  /** True for a tag that names English; see the class comment. A blank tag is not English nor anything else. */
  public static boolean isEnglishTag(String tag) {
    String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    return ENGLISH.contains(t) || ENGLISH.contains(Locale.forLanguageTag(t).getLanguage());
  }

  /**
   * The language the text reads as, when the detector finds it is not English; null when it is English, when the
   * detector cannot tell, or when the text has fewer than {@link #MIN_LETTERS} letters.
   */
  public static String otherThanEnglish(String text) {
    if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return null;
    }
    Language language = detect(text, OPENING_CHARACTERS);
    if (language != Language.ENGLISH && text.length() > OPENING_CHARACTERS) {
      language = detect(text, SAMPLE_CHARACTERS);
    }
    if (language == Language.ENGLISH || language == Language.UNKNOWN) {
      return null;
    }
    String name = language.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Language detect(String text, int characters) {
    return Holder.DETECTOR.detectLanguageOf(text.length() > characters ? text.substring(0, characters) : text);
  }

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
  }
}
