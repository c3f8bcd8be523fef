package org.tonewatch.annotate.leader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.Tokens;

class LeaderGazetteerTest {
  private static final List<Leader> LEADERS = Leaders.load(ReferenceData.bundled());
  private static final LeaderGazetteer GAZETTEER = new LeaderGazetteer(LEADERS);
  private static final LocalDate SEPTEMBER_2011 = LocalDate.of(2011, 9, 13);

  private static List<String> named(String sentence, LocalDate published) {
    return LeaderGazetteer.ids(GAZETTEER.find(Tokens.of(sentence), published));
  }

  @Test
  void referenceTableCoversEveryOfficeFrom2000() {
    for (String office : List.of("prime-minister", "foreign-secretary", "defence-secretary", "home-secretary",
        "president", "foreign-minister", "defence-minister")) {
      for (int year = 2000; year <= 2025; year++) {
        LocalDate date = LocalDate.of(year, 7, 1);
        long holders = LEADERS.stream()
            .flatMap(l -> l.offices().stream())
            .filter(o -> o.office().equals(office) && !o.start().isAfter(date) && (o.end() == null || o.end().isAfter(date)))
            .count();
        int expected = office.equals("prime-minister") ? 2 : 1; // Britain and Russia both have a prime minister
        assertEquals(expected, holders, office + " on " + date);
      }
    }
  }

  @Test
  void idsAreSlugsOfTheWikipediaName() {
    for (Leader leader : LEADERS) {
      assertEquals(leader.name().toLowerCase().replace(' ', '-'), leader.id());
    }
  }

  @Test
  void findsFullNamesAndTheirSpellingVariants() {
    assertEquals(List.of("david-cameron", "dmitry-medvedev"),
        named("David Cameron has signalled readiness despite a vow by President Dimitri Medvedev.", SEPTEMBER_2011));
    assertEquals(List.of("sergei-shoigu"), named("The Russian defence minister, Sergey Shoygu, kept to the theme.", null));
  }

  @Test
  void findsSurnamesMarkedAsPersons() {
    assertEquals(List.of("david-cameron", "vladimir-putin"), named("Mr Cameron will hold talks with Mr Putin.", SEPTEMBER_2011));
    assertEquals(List.of("william-hague", "david-cameron"), named("Hague/PERSON said Cameron/PERSON had a relationship.", SEPTEMBER_2011));
    assertEquals(List.of("theresa-may"), named("As Home Secretary, Mrs May described the findings.", LocalDate.of(2016, 8, 10)));
    assertEquals(List.of("william-hague", "dmitry-medvedev"), named("Hague said Medvedev/PERSON was frank.", SEPTEMBER_2011));
  }

  @Test
  void leavesUnmarkedSurnamesAndCommonWordsAlone() {
    assertEquals(List.of(), named("In May the envoys met in The Hague.", LocalDate.of(2019, 5, 30)));
    assertEquals(List.of(), named("The Cameron Highlands are cool in September.", SEPTEMBER_2011));
  }

  @Test
  void resolvesASharedSurnameByWhoWasInOfficeAtTheTime() {
    assertEquals(List.of("boris-johnson"), named("Mr Johnson's trip was cancelled.", LocalDate.of(2017, 4, 6)));
    assertEquals(List.of("alan-johnson"), named("Mr Johnson's trip was cancelled.", LocalDate.of(2009, 10, 1)));
    assertEquals(List.of(), named("Mr Johnson's trip was cancelled.", null), "two Johnsons and no date: no guess");
  }

  @Test
  void refusesANameGivenToTwoLeaders() {
    Leader a = new Leader("a-one", "A One", "GB", List.of("A One"), List.of(), List.of());
    Leader b = new Leader("b-one", "B One", "GB", List.of("a one"), List.of(), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LeaderGazetteer(List.of(a, b)));
    assertEquals("leaders.csv: the name 'a one' is given to both a-one and b-one", e.getMessage());
  }
}
