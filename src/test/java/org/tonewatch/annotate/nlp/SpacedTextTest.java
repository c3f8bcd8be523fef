package org.tonewatch.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpacedTextTest {
  @Test
  void putsASpaceAfterAStopGluedToTheNextSentenceAndMapsOffsetsBack() {
    String text = "Britain lost the bid.Russia has won it.";
    SpacedText spaced = SpacedText.of(text);

    assertEquals("Britain lost the bid. Russia has won it.", spaced.text());
    int russia = spaced.text().indexOf("Russia");
    assertEquals(text.indexOf("Russia"), spaced.original(russia));
    int stopEnd = spaced.text().indexOf("bid.") + 4;
    assertEquals(text.indexOf("bid.") + 4, spaced.original(stopEnd), "a token ending at the stop ends there in the text");
    assertEquals(text.length(), spaced.original(spaced.text().length()));
  }

  @Test
  void splitsAfterAClosingMarkBeforeAStraightQuoteAndAfterAYear() {
    assertEquals("\"It is over,\" he said. \"The talks failed,\" she said in 2017. Then they resumed (in May.) They met.",
        SpacedText.of("\"It is over,\" he said.\"The talks failed,\" she said in 2017.Then they resumed (in May.)They met.").text());
  }

  @Test
  void splitsAfterAWordInCapitalsButNotAfterAnAbbreviationInCapitals() {
    assertEquals("The news became FAKE. They said so. He backed the AFL-CIO. Lighthizer agreed. Ask SEN.Smith today.",
        SpacedText.of("The news became FAKE.They said so. He backed the AFL-CIO.Lighthizer agreed. Ask SEN.Smith today.").text());
  }

  @Test
  void splitsBeforeAnOpeningCurlyQuote() {
    String text = "He is polarizing in Washington.“I had high regard for Rod,” Hosko said.”“A witch hunt,” he said.";
    SpacedText spaced = SpacedText.of(text);
    assertEquals("He is polarizing in Washington. “I had high regard for Rod,” Hosko said.” “A witch hunt,” he said.",
        spaced.text());
    assertEquals(text.indexOf("“I"), spaced.original(spaced.text().indexOf("“I")));
  }

  @Test
  void leavesAddressesAbbreviationsInitialsAndAcronymsAlone() {
    for (String text : new String[] {
        "Write to Rebecca.Ballhaus@wsj.com today.", "See www.example.Com for more.", "He met Mrs.Smith and Dr.Jones.",
        "The U.S.Russia talks resumed.", "He read Townhall.com and J.R.R. Tolkien.", "It cost $2.5bn in 2014."}) {
      assertEquals(text, SpacedText.of(text).text(), text);
    }
  }

  @Test
  void mapsEveryOffsetOfSeveralInsertions() {
    String text = "One ends.Two ends.Three.";
    SpacedText spaced = SpacedText.of(text);
    assertEquals("One ends. Two ends. Three.", spaced.text());
    for (String word : new String[] {"One", "Two", "Three"}) {
      assertEquals(text.indexOf(word), spaced.original(spaced.text().indexOf(word)), word);
    }
  }
}
