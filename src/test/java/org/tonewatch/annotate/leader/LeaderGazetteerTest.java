package org.tonewatch.annotate.leader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tonewatch.reference.Leader;
import org.tonewatch.reference.Leaders;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.Tokens;

class LeaderGazetteerTest {
  private static final List<Leader> LEADERS = Leaders.load(ReferenceData.bundled());
  private static final LeaderGazetteer GAZETTEER = LeaderGazetteer.from(ReferenceData.bundled());
  private static final LocalDate SEPTEMBER_2011 = LocalDate.of(2011, 9, 13);
  private static final LocalDate AUGUST_2016 = LocalDate.of(2016, 8, 10);

  /** The leaders of a one-sentence article published on {@code published}. */
  private static List<String> named(String sentence, LocalDate published) {
    return article(published, sentence).get(0);
  }

  /** The leaders of each sentence of an article published on {@code published} (a day, or null). */
  private static List<List<String>> article(LocalDate published, String... sentences) {
    List<List<org.tonewatch.annotate.nlp.Token>> tokens = Arrays.stream(sentences).map(Tokens::of).toList();
    ArticleLeaders finder = GAZETTEER.article(published == null ? null : new LocalDate[] {published, published}, tokens);
    return tokens.stream().map(t -> LeaderGazetteer.ids(finder.find(t))).toList();
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
  void resolvesTitlesByTheOfficeHolderOnThePublicationDate() {
    String british = "Britain wants better ties. ";
    assertEquals(List.of(List.of(), List.of("david-cameron")), article(SEPTEMBER_2011, british, "The Prime Minister arrived in Moscow."));
    assertEquals(List.of(List.of(), List.of("theresa-may")), article(AUGUST_2016, british, "The Prime Minister arrived in Moscow."));
    assertEquals(List.of("dmitry-medvedev"), named("The Russian President spoke.", SEPTEMBER_2011));
    assertEquals(List.of("vladimir-putin"), named("The Russian President spoke.", AUGUST_2016));
    assertEquals(List.of("vladimir-putin"), named("The Russian Prime Minister spoke.", SEPTEMBER_2011));
    assertEquals(List.of("vladimir-putin"), named("The President of Russia spoke.", AUGUST_2016));
    assertEquals(List.of("vladimir-putin"), named("Russia's leader spoke.", LocalDate.of(2019, 5, 30)));
    assertEquals(List.of("boris-johnson"), named("Britain's Foreign Secretary spoke.", LocalDate.of(2017, 4, 6)));
  }

  @Test
  void aTitleBeforeANameIsPartOfTheName() {
    assertEquals(List.of("david-cameron", "vladimir-putin"),
        named("David Cameron will speak to the Russian Prime Minister Vladimir Putin.", SEPTEMBER_2011));
    assertEquals(List.of(), named("British officials met Defence Secretary Gen James Mattis.", LocalDate.of(2017, 4, 6)));
    assertEquals(List.of(), named("In London, Prime Minister Silvio Berlusconi spoke.", SEPTEMBER_2011));
  }

  @Test
  void leavesTitlesOfOtherCountriesAndGenericOrPastTitlesAlone() {
    String british = "Britain wants better ties.";
    assertEquals(List.of(List.of(), List.of()), article(AUGUST_2016, british, "The French Prime Minister spoke."));
    assertEquals(List.of(List.of(), List.of()), article(AUGUST_2016, british, "The President of France spoke."));
    assertEquals(List.of(List.of(), List.of()), article(AUGUST_2016, british, "A former Prime Minister spoke."));
    assertEquals(List.of(List.of(), List.of("boris-johnson")), article(LocalDate.of(2017, 4, 6), british,
        "Boris Johnson is the first British foreign secretary to visit Russia in five years."));
    assertEquals(List.of(List.of(), List.of("theresa-may")), article(AUGUST_2016, british, "As Home Secretary, Mrs May spoke."));
    assertEquals(List.of(), named("He may be re-elected President of Russia in 2012.", SEPTEMBER_2011));
    assertEquals(List.of(), named("Dmitry Kozak/PERSON, Russia's deputy prime minister, said so.", SEPTEMBER_2011));
    assertEquals(List.of(List.of(), List.of("vladimir-putin", "theresa-may")), article(AUGUST_2016, british,
        "The Russian president and British prime minister pledged to improve relations."));
  }

  @Test
  void aBarePrimeMinisterIsBritishOnlyInABritishContext() {
    assertEquals(List.of(), named("The Prime Minister arrived in Moscow.", SEPTEMBER_2011), "no British context: nobody");
    assertEquals(List.of(List.of("david-cameron"), List.of("vladimir-putin", "david-cameron")), article(SEPTEMBER_2011,
        "David Cameron flew in.", "Unlike Prime Minister Vladimir Putin, the Prime Minister smiled."));
  }

  @Test
  void aBarePresidentIsThePresidentLastNamed() {
    assertEquals(List.of(List.of("vladimir-putin"), List.of("vladimir-putin")),
        article(AUGUST_2016, "The Russian President congratulated her.", "The Prime Minister and President agreed."));
    assertEquals(List.of(List.of("vladimir-putin"), List.of(), List.of()),
        article(AUGUST_2016, "Mr Putin called.", "President Obama did not.", "The President was busy."));
    assertEquals(List.of(), named("The President spoke.", AUGUST_2016), "no president named before: nobody");
  }

  @Test
  void aBarePresidentIsOneNamedInThisSentenceOrTheOneBefore() {
    assertEquals(List.of(List.of("vladimir-putin"), List.of(), List.of(), List.of()),
        article(AUGUST_2016, "Mr Putin called.", "Congress met.", "Senators spoke.", "The President was busy."));
  }

  @Test
  void aSurnameAfterAnotherGivenNameIsSomeoneElseThroughTheArticle() {
    LocalDate june2016 = LocalDate.of(2016, 6, 1);
    assertEquals(List.of(List.of(), List.of()),
        article(june2016, "Brian/PERSON Fallon/PERSON, a Clinton spokesman, spoke.", "Mr Fallon said more."));
    assertEquals(List.of("michael-fallon"), named("Mr Fallon said more.", june2016));
    assertEquals(List.of(List.of("michael-fallon"), List.of(), List.of("michael-fallon")),
        article(june2016, "Michael Fallon spoke.", "Brian/PERSON Fallon/PERSON did too.", "Mr Fallon said more."),
        "the leader named in full keeps his surname");
  }

  @Test
  void aTitleIsResolvedOnlyWhenOneLeaderHeldTheOfficeThroughoutThePeriod() {
    List<List<org.tonewatch.annotate.nlp.Token>> tokens = List.of(Tokens.of("The Russian President spoke."));
    LocalDate[] year2008 = {LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)};
    assertEquals(List.of(), LeaderGazetteer.ids(GAZETTEER.article(year2008, tokens).find(tokens.get(0))), "Putin, then Medvedev");
    assertEquals(List.of(), named("The Russian President spoke.", null), "no date: no title resolved");
  }

  @Test
  void aSurnameAfterAFullNameIsThatPerson() {
    LocalDate october2009 = LocalDate.of(2009, 10, 1);
    assertEquals(List.of(List.of("boris-johnson"), List.of("boris-johnson")),
        article(october2009, "Boris Johnson, the Mayor of London, spoke.", "Mr Johnson said more."));
    assertEquals(List.of("alan-johnson"), named("Mr Johnson said more.", october2009));
  }

  @Test
  void refusesANameGivenToTwoLeaders() {
    Leader a = new Leader("a-one", "A One", "GB", List.of("A One"), List.of(), List.of());
    Leader b = new Leader("b-one", "B One", "GB", List.of("a one"), List.of(), List.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LeaderGazetteer(List.of(a, b), List.of(), Map.of(), Map.of()));
    assertEquals("leaders.csv: the name 'a one' is given to both a-one and b-one", e.getMessage());
  }
}
