package org.tonewatch.annotate.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.leader.LeaderMatch;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.Tokens;

class RussiaMentionFinderTest {
  private static final RussiaMentionFinder FINDER = RussiaMentionFinder.load(ReferenceData.bundled());

  private static List<String> found(String sentence, List<LeaderMatch> leaders) {
    List<Token> tokens = Tokens.of(sentence);
    return FINDER.find(tokens, leaders).stream()
        .map(m -> sentence.substring(tokens.get(m.first()).begin(), tokens.get(m.end() - 1).end()) + ":" + m.kind())
        .toList();
  }

  private static List<String> found(String sentence) {
    return found(sentence, List.of());
  }

  @Test
  void findsTheCountryItsPeopleAndItsInstitutions() {
    assertEquals(List.of("Russia:country", "GRU:institution"),
        found("Britain believes Russia's military intelligence agency the GRU carried out the poisoning."));
    assertEquals(List.of("Russians:demonym", "Russian:demonym"),
        found("The Russians expelled 23 Russian diplomats."));
    assertEquals(List.of("Russian Federation:country"), found("The Russian Federation said no."));
  }

  @Test
  void countsMoscowAndTheKremlinWhenTheyStandForTheState() {
    assertEquals(List.of("Kremlin:seat-of-government"), found("The Kremlin has repeatedly denied any involvement."));
    assertEquals(List.of("Moscow:capital"), found("Britain has made discreet approaches to Moscow."));
    assertEquals(List.of("Moscow:capital"), found("It is right to engage with Moscow on security."));
  }

  @Test
  void skipsMoscowAndTheKremlinAsPlaces() {
    assertEquals(List.of(), found("He was in Moscow to discuss security issues."));
    assertEquals(List.of(), found("Two senior British officials visited Moscow this month."));
    assertEquals(List.of(), found("The Prime Minister, who arrived in Moscow yesterday, spoke."));
    assertEquals(List.of(), found("Mr Cameron will travel to Moscow next week."));
    assertEquals(List.of(), found("At a joint press conference in the Kremlin, Cameron hinted."));
  }

  @Test
  void theCountryAsAPlaceIsNotAnActorButAsATargetOrAnOwnerItIs() {
    assertEquals(List.of(), found("The World Cup in Russia drew large crowds."));
    assertEquals(List.of(), found("He will travel to Russia next week."));
    assertEquals(List.of("Russia:country"), found("Washington imposed sanctions on Russia."));
    assertEquals(List.of("Russia:country"), found("Clinton's campaign pointed the finger at Russia."));
    assertEquals(List.of("Russia:country"), found("The deal is in Russia's interest."));
  }

  @Test
  void theNationalityOfAPrivatePersonOrAThingIsNotAnActor() {
    assertEquals(List.of(), found("A Russian billionaire bought the club."));
    assertEquals(List.of(), found("British and Russian citizens face common threats."));
    assertEquals(List.of(), found("She answered in the Russian language."));
    assertEquals(List.of(), found("A leading Russia expert testified on Thursday."));
    assertEquals(List.of("Russian:demonym"), found("The Russian government denied it."));
  }

  @Test
  void theSovietStateAndRussianStateCompaniesAndMediaAreActors() {
    assertEquals(List.of("Soviet Union:historical"), found("The Soviet Union invaded Afghanistan."));
    assertEquals(List.of("Rosatom:state-company", "RT:state-media"), found("Rosatom bought the stake, RT reported."));
  }

  @Test
  void ignoresLowerCaseSpellingsAndOtherWords() {
    assertEquals(List.of(), found("She took a strong anti-Russian stance, says the gru of birds."));
  }

  @Test
  void relationsAreMentionsOnlyBesideAMentionOfRussia() {
    assertEquals(List.of("relations:relations", "Russia:country"),
        found("Britain wants to improve frayed relations with Russia."));
    assertEquals(List.of("ties:relations", "Russia:country"), found("Diplomatic ties between Britain and Russia have cooled."));
    assertEquals(List.of(), found("Relations between Britain and France are excellent."));
  }

  @Test
  void countsRussianLeadersButNotBritishOnes() {
    String sentence = "Mrs May and Mr Putin will both attend a G20 summit.";
    List<LeaderMatch> leaders = List.of(new LeaderMatch("theresa-may", "GB", 1, 2, LeaderMatch.SURNAME), new LeaderMatch("vladimir-putin", "RU", 4, 5, LeaderMatch.SURNAME));

    assertEquals(List.of("Putin:leader"), found(sentence, leaders));
  }
}
