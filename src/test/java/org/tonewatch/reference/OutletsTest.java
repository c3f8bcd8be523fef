package org.tonewatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.clean.OriginalOutlet;

class OutletsTest {
  private static final Outlets OUTLETS = Outlets.load(ReferenceData.bundled());

  @Test
  void namesDomainsAndUrlsBecomeTheTablesName() {
    assertEquals("The Independent", OUTLETS.normalise("independent.co.uk"));
    assertEquals("The Independent", OUTLETS.normalise("www.independent.co.uk"));
    assertEquals("The Independent", OUTLETS.normalise("  the   independent "));
    assertEquals("The Independent", OUTLETS.normalise("Independent"));
    assertEquals("Reuters", OUTLETS.normalise("uk.reuters.com"));
    assertEquals("The New Zealand Herald", OUTLETS.ofUrl("https://www.nzherald.co.nz/world/news/article.cfm?c_id=2"));
    assertNull(OUTLETS.ofUrl("not a url"));
  }

  @Test
  void anUnknownOutletKeepsItsNameAndABlankOneIsNull() {
    assertEquals("Kent Online", OUTLETS.normalise(" Kent  Online "));
    assertEquals("example.org", OUTLETS.normalise("example.org"));
    assertNull(OUTLETS.normalise("  "));
    assertNull(OUTLETS.normalise(null));
  }

  @Test
  void creditsNameTheOriginalOutlet() {
    assertEquals("The Independent", OriginalOutlet.fromCredits(List.of("06.04.2017", "Independent (06 April 2017)"), OUTLETS));
    assertEquals("Reuters", OriginalOutlet.fromCredits(List.of("Kaynak/Source: reuters.com"), OUTLETS));
    assertEquals("Associated Press", OriginalOutlet.fromCredits(List.of("Source: AP"), OUTLETS));
    assertNull(OriginalOutlet.fromCredits(List.of("Kaynak/Source:", "30 May 2019, 18:23"), OUTLETS), "an empty footer names no one");
  }
}
