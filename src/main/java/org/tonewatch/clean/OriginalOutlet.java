package org.tonewatch.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonewatch.reference.Outlets;

/**
 * The outlet that first published a copied story, read from the credit lines the cleaner removed: "Independent (06
 * April 2017)" (an outlet's name and a date in brackets) or a source footer, "Source: Reuters", "Kaynak/Source:
 * independent.co.uk". The first credit that names an outlet counts; an empty footer names none.
 */
public final class OriginalOutlet {
  /** Where {@code original_outlet} came from. The manifest's word is {@code PublicationDate.MANIFEST}. */
  public static final String CREDIT = "credit";
  public static final String PUBLISHER = "publisher";

  private static final Pattern NAME_AND_DATE = Pattern.compile("^(\\p{Lu}[\\p{L}.&' -]{1,40}?)\\s*\\(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\)$");
  private static final Pattern SOURCE_FOOTER = Pattern.compile("(?i)^(?:kaynak\\s*/\\s*)?(?:source|kaynak)\\s*:\\s*(\\S.*)$");

  private OriginalOutlet() {}

  /** The outlet the credits name, as {@code outlets} names it, or null. */
  public static String fromCredits(List<String> credits, Outlets outlets) {
    for (String line : credits) {
      String stripped = line.strip();
      for (Pattern pattern : List.of(NAME_AND_DATE, SOURCE_FOOTER)) {
        Matcher m = pattern.matcher(stripped);
        if (m.matches()) {
          return outlets.normalise(m.group(1));
        }
      }
    }
    return null;
  }
}
