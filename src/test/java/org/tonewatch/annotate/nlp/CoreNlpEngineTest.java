package org.tonewatch.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real CoreNLP models, loaded once for the suite through {@link NlpEngines} (shared with the integration test). */
class CoreNlpEngineTest {
  static final NlpSettings SETTINGS = new NlpSettings(NlpSettings.CORENLP, "sr", 100, NlpSettings.PARSE_MAX_MILLIS, true);

  @Test
  void onePipelinePerJvmAndSettings() {
    assertSame(NlpEngines.shared(SETTINGS), NlpEngines.shared(new NlpSettings(NlpSettings.CORENLP, "sr", 100, NlpSettings.PARSE_MAX_MILLIS, true)));
  }

  @Test
  void aSentenceThatOverflowsTheStackFailsAloneAndTheArticleGoesOn() throws Exception {
    // A thread with a small stack stands for a sentence nested deeper than the executor's stack: the parser's and
    // the sentiment model's recursion overflow it. The sentence is "failed"; the call returns.
    String text = "Russia said " + "that the minister said ".repeat(60) + "nothing.";
    NlpEngine engine = NlpEngines.shared(new NlpSettings(NlpSettings.CORENLP, "sr", 1000, NlpSettings.PARSE_MAX_MILLIS, true));
    List<List<NlpSentence>> result = new java.util.ArrayList<>();
    Throwable[] thrown = new Throwable[1];
    Thread small = new Thread(null, () -> {
      try {
        result.add(engine.annotate(text));
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "small-stack", 96 * 1024);
    small.start();
    small.join();

    assertNull(thrown[0], () -> "the engine threw " + thrown[0]);
    assertEquals(1, result.get(0).size());
    assertEquals(NlpSentence.FAILED, result.get(0).get(0).parseStatus());
    assertNull(result.get(0).get(0).phrases());
  }

  @Test
  void splitsParagraphsGluedAfterTheStopWithOffsetsIntoTheText() {
    String text = "Britain lost the bid to host the World Cup.Russia has won it, officials said.";
    List<NlpSentence> sentences = NlpEngines.shared(SETTINGS).annotate(text);

    assertEquals(2, sentences.size());
    assertEquals("Britain lost the bid to host the World Cup.", text.substring(sentences.get(0).begin(), sentences.get(0).end()));
    assertEquals("Russia has won it, officials said.", text.substring(sentences.get(1).begin(), sentences.get(1).end()));
    assertEquals("Russia", text.substring(sentences.get(1).tokens().get(0).begin(), sentences.get(1).tokens().get(0).end()));
  }

  /** The sentences the engine cuts {@code text} into, as its substrings. */
  private static List<String> cut(String text) {
    return NlpEngines.shared(SETTINGS).annotate(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void aStraightQuoteAfterAStopClosesItsQuotationUnlessItIsGluedToTheNextWordToo() {
    // The splitter puts the closing quote of a quotation that spans sentences at the start of the next one; where two
    // paragraphs were glued, a quote after the stop opens the second paragraph's quotation.
    String text = "He said there is \"no sentiment here. We appreciate it.\" Political fighting goes on. Clinton called it "
        + "an \"important step,\" amid talks over Syria.\"But this cannot be an excuse for delay,\" she said.\n\n"
        + "\"We will stay. We will win.\" Then he left. \"We must fix the deal.\" Johnson said on Monday. \"We are at an all-time "
        + "low.\" \u2014 Trump in a press conference on Wednesday. \"It is over.\" \u2014 The inquiry continues, police said.";
    assertEquals(List.of("He said there is \"no sentiment here.", "We appreciate it.\"", "Political fighting goes on.",
        "Clinton called it an \"important step,\" amid talks over Syria.", "\"But this cannot be an excuse for delay,\" she said.",
        "\"We will stay.", "We will win.\"", "Then he left.", "\"We must fix the deal.\" Johnson said on Monday.",
        "\"We are at an all-time low.\" \u2014 Trump in a press conference on Wednesday.", "\"It is over.\"",
        "\u2014 The inquiry continues, police said."), cut(text));
  }

  @Test
  void keepsAQuotationWithItsAttributionAndAListNumberWithItsSentence() {
    String text = "\"How can you be together when a country is getting its energy from the person you fear?\" Trump said. "
        + "\"Do you understand that?\" she asked.\n\n1. A coalition with Russia is wishful thinking.";
    assertEquals(List.of(
        "\"How can you be together when a country is getting its energy from the person you fear?\" Trump said.",
        "\"Do you understand that?\" she asked.", "1. A coalition with Russia is wishful thinking."), cut(text));
  }

  @Test
  void aSentenceAfterAQuotationThatEndsWithAFullStopIsItsOwn() {
    String text = "He replied, \u201cI\u2019m not responding yet.\u201d Parnas said he also heard the lawyers on the phone. "
        + "\"We will not leave.\" She added: \"Russia will stay.\" \"The talks are over.\" Lavrov said.";
    assertEquals(List.of("He replied, \u201cI\u2019m not responding yet.\u201d", "Parnas said he also heard the lawyers on the phone.",
        "\"We will not leave.\"", "She added: \"Russia will stay.\"", "\"The talks are over.\" Lavrov said."), cut(text));
  }

  @Test
  void anAbbreviationTakenForTheEndAndASpeakersAppositionDoNotCutTheSentence() {
    String text = "Key Republicans, including Sen. Lindsey Graham, R-S.C., say they want answers. Top executives at "
        + "aluminum giant United Co. Rusal, as well as tycoons, began getting shots. \u201cWho has authority over the "
        + "inquiry?\u201d New York Democratic Rep. Jerry Nadler, the leader of the House Judiciary Committee, tweeted last "
        + "week. \u201cWhy now?\u201d The minister, who spoke on Monday, said he would go. He said it was Missouri Sen. "
        + "Roy Blunt, R-Mo. The senator denied it.\n\nSanctions on Deripaska & Co.\n\nRusal, the aluminium giant, next.";
    assertEquals(List.of("Key Republicans, including Sen. Lindsey Graham, R-S.C., say they want answers.",
        "Top executives at aluminum giant United Co. Rusal, as well as tycoons, began getting shots.",
        "\u201cWho has authority over the inquiry?\u201d New York Democratic Rep. Jerry Nadler, the leader of the House "
            + "Judiciary Committee, tweeted last week.",
        "\u201cWhy now?\u201d", "The minister, who spoke on Monday, said he would go.", "He said it was Missouri Sen. Roy Blunt, R-Mo.",
        "The senator denied it.", "Sanctions on Deripaska & Co.", "Rusal, the aluminium giant, next."), cut(text));
  }

  @Test
  void aSentenceThatEndsWithAnInitialismIsCutFromTheNextButANameAHeadlineAndATimeStampAreNot() {
    // CoreNLP's splitter ends a sentence at "U.S." before many words ("The", "However") but not before these.
    String text = "Journalists have been attacked across the U.S. Several of these incidents were violent. "
        + "There are 11 million immigrants in the U.S. And as many as 70 percent of farm workers are among them. "
        + "None of the employees based in D.C. I contacted replied. The U.S. Army said it would stay.\n\n"
        + "Trump Says U.S. Several Times Warned Russia\n\nUPDATE 12:50 P.M. Meanwhile the hearing ended.\n\n"
        + "\"It is a remedy,\" said Jerry Nadler, D-N.Y. \"No one is above the law.\" The U.S. \"deep state\" is a myth, he said.\n\n"
        + "\u201cThere is demand,\u201d said Nancy Pelosi, D-Calif. \u201cI\u2019m sure the White House will resist.\u201d\n\n"
        + "But he praised Trump Jr. \u201cDon Jr. was an upstanding person,\u201d Ahat said. "
        + "He worked for Enron Corp. \u201cI endorse,\u201d Mr. Eisen wrote. She quoted King Jr. \u201cfreedom\u201d in the speech she gave.";
    assertEquals(List.of("Journalists have been attacked across the U.S.", "Several of these incidents were violent.",
        "There are 11 million immigrants in the U.S.", "And as many as 70 percent of farm workers are among them.",
        "None of the employees based in D.C. I contacted replied.", "The U.S. Army said it would stay.",
        "Trump Says U.S. Several Times Warned Russia", "UPDATE 12:50 P.M. Meanwhile the hearing ended.",
        "\"It is a remedy,\" said Jerry Nadler, D-N.Y.", "\"No one is above the law.\"",
        "The U.S. \"deep state\" is a myth, he said.",
        "\u201cThere is demand,\u201d said Nancy Pelosi, D-Calif.", "\u201cI\u2019m sure the White House will resist.\u201d",
        "But he praised Trump Jr.", "\u201cDon Jr. was an upstanding person,\u201d Ahat said.",
        "He worked for Enron Corp.", "\u201cI endorse,\u201d Mr. Eisen wrote.", "She quoted King Jr. \u201cfreedom\u201d in the speech she gave."), cut(text));
  }

  @Test
  void anAsideBetweenDashesThatEndsWithAQuestionOrAnExclamationDoesNotEndItsSentence() {
    String text = "And now the question \u2014 does the deal dampen the prospect of war itself? \u2014 must be answered. "
        + "He has admitted -- openly! -- that he took both positions. Is it over?\n\n\u2014 Jane Doe, in a letter.\n\n"
        + "Who knew? \u2014 nobody did. Really! Nobody.";
    assertEquals(List.of("And now the question \u2014 does the deal dampen the prospect of war itself? \u2014 must be answered.",
        "He has admitted -- openly! -- that he took both positions.", "Is it over?", "\u2014 Jane Doe, in a letter.",
        "Who knew? \u2014 nobody did.", "Really!", "Nobody."), cut(text));
  }

  @Test
  void aTextThatOpensWithBlankLinesKeepsTheClosingQuoteOfItsFirstParagraph() {
    // The cleaner blanks a headline and a dateline with spaces and keeps their line breaks.
    String text = "                    \n\n             In FBI parlance, they are called \u201cspins.\u201d\n\nThey are not.";
    assertEquals(List.of("In FBI parlance, they are called \u201cspins.\u201d", "They are not."), cut(text));
  }

  @Test
  void anAttributionThatOpensAQuotationIsItsOwnSentenceAndASpeakerMayCarryBrackets() {
    String text = "\"What difference does it make?\" He added, \"I was going to fire him.\" A woman shouted, \"They are "
        + "killing us!\" A man said, \"We are your voters!\" \u201cWhere has the director been?\u201d Sen. Ron Johnson "
        + "(R-Wis.) asked on Tuesday. \u201cWhy?\u201d Trump asked.";
    assertEquals(List.of("\"What difference does it make?\"", "He added, \"I was going to fire him.\"",
        "A woman shouted, \"They are killing us!\"", "A man said, \"We are your voters!\"",
        "\u201cWhere has the director been?\u201d Sen. Ron Johnson (R-Wis.) asked on Tuesday.", "\u201cWhy?\u201d Trump asked."),
        cut(text));
  }

  @Test
  void aParagraphAfterAQuotationIsNeverItsAttributionAndAQuestionMayBeProbed() {
    String text = "He wrote, \u201cHow can you blame China? I would\u2019ve done same!\u201d\n\nMr. Trump said China must act. "
        + "\u201cIt compromised the party\u2019s integrity.\u201d\n\nThe tell-all has drawn swift reactions.\n\n"
        + "\"Are you a progressive?\" CNN moderator Anderson Cooper probed. \"Why?\" she wondered aloud.";
    assertEquals(List.of("He wrote, \u201cHow can you blame China?", "I would\u2019ve done same!\u201d", "Mr. Trump said China must act.",
        "\u201cIt compromised the party\u2019s integrity.\u201d", "The tell-all has drawn swift reactions.",
        "\"Are you a progressive?\" CNN moderator Anderson Cooper probed.", "\"Why?\" she wondered aloud."), cut(text));
  }

  /** CoreNLP's tokenizer reads a single and a double closing quote as one token ’”, which its splitter leaves behind. */
  @Test
  void aQuoteInsideAQuoteClosesItsSentence() {
    String text = "\u201cThe senator said he expected to know more \u2018in the coming days.\u2019\u201d What makes him think so? "
        + "\u201cWho can I help?\u2019\u201d Mr. Obama said. \u201cThey said \u2018no.\u2019\u201d he added.";
    assertEquals(List.of("\u201cThe senator said he expected to know more \u2018in the coming days.\u2019\u201d",
        "What makes him think so?", "\u201cWho can I help?\u2019\u201d Mr. Obama said.",
        "\u201cThey said \u2018no.\u2019\u201d he added."), cut(text));
  }

  @Test
  void anArticlePastItsTimeBoundKeepsItsSentencesUnparsed() {
    String text = "Russia and Britain held talks. ".repeat(30);
    NlpEngine engine = NlpEngines.shared(new NlpSettings(NlpSettings.CORENLP, "sr", 100, NlpSettings.PARSE_MAX_MILLIS, 1, true));
    List<NlpSentence> sentences = engine.annotate(text);

    assertEquals(30, sentences.size(), "no sentence is lost");
    assertEquals(NlpSentence.ARTICLE_TIME, sentences.get(29).parseStatus());
    assertNull(sentences.get(29).phrases());
  }

  @Test
  void givesTokensOffsetsAndAFullSentimentDistribution() {
    String text = "Mr Putin praised the talks.\n\nBritain expelled 23 Russian diplomats after the poisoning.";
    List<NlpSentence> sentences = NlpEngines.shared(SETTINGS).annotate(text);

    assertEquals(2, sentences.size());
    NlpSentence first = sentences.get(0);
    assertEquals("Mr Putin praised the talks.", text.substring(first.begin(), first.end()));
    assertEquals("Putin", first.tokens().get(1).word());
    assertEquals("PERSON", first.tokens().get(1).ner());
    assertEquals("praise", first.tokens().get(2).lemma());
    assertEquals(NlpSentence.PARSED, first.parseStatus());
    assertEquals(5, first.distribution().length);
    assertEquals(1.0, Arrays.stream(first.distribution()).sum(), 1e-6);
    double[] d = first.distribution();
    int argmax = 0;
    for (int k = 1; k < 5; k++) {
      argmax = d[k] > d[argmax] ? k : argmax;
    }
    assertEquals(argmax, (int) first.sentiment());
    assertTrue(first.sentimentScore() >= -1 && first.sentimentScore() <= 1);
  }

  @Test
  void phraseSentimentFollowsTheClauseOfTheSpan() {
    String text = "The talks were a wonderful success, but the sanctions were a terrible disaster.";
    NlpSentence sentence = NlpEngines.shared(SETTINGS).annotate(text).get(0);
    int talks = indexOf(sentence, "talks");
    int sanctions = indexOf(sentence, "sanctions");

    double aroundTalks = NlpSentence.expectedScore(sentence.phrases().clauseCovering(talks, talks + 1).distribution());
    double aroundSanctions = NlpSentence.expectedScore(sentence.phrases().clauseCovering(sanctions, sanctions + 1).distribution());
    // The model rates "The talks were a wonderful success" very positive and "the sanctions were a terrible
    // disaster" neutral-to-negative; each span must get its own clause, not the whole sentence.
    assertTrue(aroundTalks > 0.4, "the clause around 'talks' is positive: " + aroundTalks);
    assertTrue(aroundSanctions < aroundTalks - 0.3, "the clause around 'sanctions' is less positive: " + aroundSanctions);
  }

  @Test
  void readsDependenciesOffTheParseByHeadRules() {
    NlpSentence sentence = NlpEngines.shared(SETTINGS).annotate("Britain did not expel the Russian diplomats.").get(0);
    Dependencies deps = sentence.dependencies();
    int expel = indexOf(sentence, "expel");

    assertEquals("root", deps.relation(expel));
    assertEquals(expel, deps.head(indexOf(sentence, "Britain")));
    assertEquals("S:NP", deps.relation(indexOf(sentence, "Britain")));
    assertEquals(expel, deps.head(indexOf(sentence, "not")), "the main verb, not the auxiliary, heads the clause");
    assertEquals(expel, deps.head(indexOf(sentence, "diplomats")));
    assertEquals("VP:NP", deps.relation(indexOf(sentence, "diplomats")));
    assertEquals(indexOf(sentence, "diplomats"), deps.head(indexOf(sentence, "Russian")));
  }

  @Test
  void aSentenceOverTheLimitIsNotParsedAndGetsNoSentiment() {
    String text = "Russia said " + "that it would talk and ".repeat(25) + "that was all.";
    NlpSentence sentence = NlpEngines.shared(SETTINGS).annotate(text).get(0);

    assertTrue(sentence.tokens().size() > 100);
    assertEquals(NlpSentence.TOO_LONG, sentence.parseStatus());
    assertNull(sentence.sentiment());
    assertNull(sentence.distribution());
    assertNull(sentence.phrases());
    assertNull(sentence.dependencies());
    assertNull(sentence.sentimentScore());
  }

  /**
   * The PCFG parser's time grows with the cube of a sentence's length: a long sentence under a small bound stands in
   * for a parse that runs away. It is stopped and recorded, and the sentences around it are parsed as usual. Unbounded,
   * the long sentence (86 tokens) took about 5 s on the 2-core CI machine and each short one about 15 ms, so a bound of
   * 1 s leaves a wide margin on both sides (under a bound of 300 ms, a fresh-clone CI once saw a short one time out).
   */
  @Test
  void aParseThatRunsPastItsBoundIsStoppedAndRecorded() {
    NlpEngine pcfg = NlpEngines.shared(new NlpSettings(NlpSettings.CORENLP, "pcfg", 100, 1000, true));
    String runaway = "Russia said that " + "the ministers who met the envoys in the old capital and the new one ".repeat(5)
        + "would talk again about the trade, the gas and the borders.";
    String text = "Mr Putin praised the talks.\n\n" + runaway + "\n\nBritain expelled the diplomats.";
    // A cold parser's first sentences (classes loading, code not yet compiled) can take longer than the small bound on
    // a busy machine (a fresh-clone CI saw the first neighbour time out after one warm-up parse); parsing both
    // neighbours first, a few times, leaves the bound to measure the parses alone.
    for (int warm = 0; warm < 3; warm++) {
      pcfg.annotate("Mr Putin praised the talks.\n\nBritain expelled the diplomats.");
    }
    long start = System.nanoTime();
    List<NlpSentence> sentences = pcfg.annotate(text);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertEquals(3, sentences.size());
    assertEquals(NlpSentence.PARSED, sentences.get(0).parseStatus());
    NlpSentence stopped = sentences.get(1);
    assertTrue(stopped.tokens().size() > 60 && stopped.tokens().size() <= 100, "within the length limit: " + stopped.tokens().size());
    assertEquals(NlpSentence.TIMEOUT, stopped.parseStatus());
    assertNull(stopped.sentiment(), "no sentiment where no parse was made");
    assertNull(stopped.phrases());
    assertEquals(NlpSentence.PARSED, sentences.get(2).parseStatus());
    assertTrue(seconds < 20, "the whole text took " + seconds + " s");
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aListItemsLetterInSmallLettersOpensASentenceOfItsOwn() {
    String text = "Again, much ado about nothing.\n\nc. Trump emboldened Russia\n\nThird, Democrats claim it.\n\nThe aid was"
        + "\n\nwithheld for weeks.\n\nb) Moscow gained ground in Syria";
    assertEquals(List.of("Again, much ado about nothing.", "c. Trump emboldened Russia", "Third, Democrats claim it.",
        "The aid was\n\nwithheld for weeks.", "b) Moscow gained ground in Syria"), cut(text));
  }

  @Test
  void givesTheNextSentenceItsOpeningQuote() {
    String text = "\"Britain ignored us,\" said Dmitry Kozak, Russia's deputy prime minister. \"We don't know why.\"";
    assertEquals(List.of("\"Britain ignored us,\" said Dmitry Kozak, Russia's deputy prime minister.", "\"We don't know why.\""),
        cut(text));
  }

  private static int indexOf(NlpSentence sentence, String word) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (sentence.tokens().get(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word);
  }
}
