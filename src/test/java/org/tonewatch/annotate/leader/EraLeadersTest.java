package org.tonewatch.annotate.leader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.reference.ReferenceData;

/** The era view against the bundled terms of office. */
class EraLeadersTest {
  private static final LeaderGazetteer LEADERS = LeaderGazetteer.from(ReferenceData.bundled());

  private static List<String> era(String first, String last) {
    return LEADERS.era(new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)});
  }

  @Test
  void namesThePrimeMinisterAndThePresidentOnThePublicationDay() {
    assertEquals(List.of("david-cameron", "dmitry-medvedev"), era("2011-09-13", "2011-09-13"));
    assertEquals(List.of("theresa-may", "vladimir-putin"), era("2016-08-10", "2016-08-10"));
    assertEquals(List.of("theresa-may", "vladimir-putin"), era("2019-05-30", "2019-05-30"));
  }

  @Test
  void onAHandoverDayTheSuccessorHoldsTheOffice() {
    assertEquals(List.of("theresa-may", "vladimir-putin"), era("2016-07-13", "2016-07-13"));
    assertEquals(List.of("david-cameron", "vladimir-putin"), era("2016-07-12", "2016-07-12"));
  }

  @Test
  void anOfficeThatChangedHandsWithinThePeriodHasNoOne() {
    assertEquals(List.of("vladimir-putin"), era("2016-07-01", "2016-07-31"));
    assertEquals(List.of("david-cameron"), era("2012-01-01", "2012-12-31"));
    assertEquals(List.of(), LEADERS.era(null));
  }
}
