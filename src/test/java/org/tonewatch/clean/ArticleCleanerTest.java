package org.tonewatch.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.reference.ReferenceData;

class ArticleCleanerTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.load(ReferenceData.bundled());
  /** The row of chrome_rules.csv for a line in capitals, a body-line rule. */
  private static final String CAPITALS_HEADLINE = "capitals-headline";

  /** One field of each removed line, in order. */
  private static List<String> removed(ArticleCleaner.Cleaned cleaned, java.util.function.Function<ArticleCleaner.Removed, String> field) {
    return cleaned.removed().stream().map(field).toList();
  }

  /** Asserts that cleaning {@code text} for {@code outlet} leaves {@code expectedProse}, removed by {@code rules} in order. */
  private static void assertCleans(String text, String outlet, String expectedProse, String... rules) {
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, outlet);
    assertEquals(expectedProse, prose(cleaned.body()));
    assertEquals(List.of(rules), removed(cleaned, ArticleCleaner.Removed::rule));
  }

  /** A body as a reader sees it: the blanked chrome and the line breaks as single spaces. */
  private static String prose(String body) {
    return body.strip().replaceAll("\\s+", " ");
  }

  /** Asserts that {@code rule} cuts a paragraph after prose in an article of {@code outlet} to {@code left}. */
  private static void assertCutsTo(String outlet, String paragraph, String left, String rule) {
    String body = "Russia denied it.";
    assertCleans(body + "\n\n" + paragraph, outlet, left.isEmpty() ? body : body + " " + left, rule);
  }

  /**
   * Asserts that each chrome line ({line, the rule that drops it}) goes whole from after a paragraph of prose in an
   * article of {@code outlet}, and that each kept line stays whole there.
   */
  private static void assertDropsAndKeeps(String outlet, String[][] chrome, String... kept) {
    String body = "Russia denied it.";
    for (String[] line : chrome) {
      assertCleans(body + "\n\n" + line[0], outlet, body, line[1]);
    }
    for (String line : kept) {
      assertCleans(body + "\n\n" + line, outlet, body + " " + line);
    }
  }

  @Test
  void splitsTheHeadlineFromTheBodyAndDropsTheIndependentsChrome() {
    String text = "To Russia with love: hopes visit will signal new dawn\n\n\nClick to follow\nIndy Politics\n\n"
        + "David Cameron will next week travel to Moscow.\n";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "The Independent");

    assertEquals("To Russia with love: hopes visit will signal new dawn", cleaned.title());
    assertEquals(text.length(), cleaned.body().length(), "offsets into the body are offsets into the text");
    assertEquals("David Cameron will next week travel to Moscow.", cleaned.body().strip());
    assertEquals(List.of("click-to-follow", "indy-politics"), removed(cleaned, ArticleCleaner.Removed::rule));
  }

  @Test
  void keepsAFirstLineThatIsASentenceAsBody() {
    String text = "David Cameron has signalled readiness to rebuild ties.\n\nThe Prime Minister arrived yesterday.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, null);

    assertNull(cleaned.title());
    assertEquals(text, cleaned.body());
  }

  @Test
  void dropsDatelinesAndCreditsAndKeepsThemApart() {
    String text = "Putin approach to May preceded 'reopening of diplomatic channels'\n\n"
        + "30 May 2019, 18:23 | Updated: 30 May 2019, 21:03\n\n06.04.2017\n\nIndependent (06 April 2017)\n\n"
        + "An approach by President Vladimir Putin preceded the reopening.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "Sky News");

    assertEquals("Putin approach to May preceded 'reopening of diplomatic channels'", cleaned.title());
    assertEquals("An approach by President Vladimir Putin preceded the reopening.", cleaned.body().strip());
    assertEquals(List.of("dateline", "dateline", "credit"), removed(cleaned, ArticleCleaner.Removed::kind));
  }

  @Test
  void dropsTheCommentFormAndEverythingAfterIt() {
    String text = "The Military Army Blog\n\nMay and Putin discuss security cooperation\n\nThe two leaders spoke.\n\n"
        + "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "The Military Army Blog");

    assertEquals("May and Putin discuss security cooperation", cleaned.title());
    assertEquals("The two leaders spoke.", cleaned.body().strip());
    assertEquals("masthead", cleaned.removed().get(0).rule());
  }

  @Test
  void dropsABlogNameEvenWithoutAManifest() {
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle("The Military Army Blog\n\nA headline\n\nThe body.", null);

    assertEquals("blog-name", cleaned.removed().get(0).rule());
    assertEquals("A headline", cleaned.title());
  }

  @Test
  void dropsTheRepublishersSourceFooterAndLinesOfOnlyQuoteMarks() {
    String text = "Headline here\n\nRussia and Britain met.\n\n\"\n\n\u201c \u201d\n\nKaynak/Source:\nsome-site.example";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, null);

    assertEquals("Russia and Britain met.", cleaned.body().strip());
    assertEquals(List.of("punctuation-only", "punctuation-only", "kaynak-source", "kaynak-source"),
        removed(cleaned, ArticleCleaner.Removed::rule));
  }

  @Test
  void joinsAParagraphBrokenInTheMiddleOfASentence() {
    String text = "Headline\n\nThe line was that he would be\n\nrobust with Moscow.\n\nNext paragraph.";
    String body = CLEANER.cleanWithTitle(text, null).body();

    assertEquals(text.length(), body.length());
    assertTrue(body.contains("would be  robust with Moscow."), body);
    assertTrue(body.contains("Moscow.\n\nNext"), "a finished sentence keeps its paragraph break");
  }

  @Test
  void takesNoTitleFromAnArticleOfOneLine() {
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle("Russia expels diplomats", null);

    assertNull(cleaned.title());
    assertFalse(cleaned.body().isBlank());
  }

  @Test
  void rejectsTwoRulesOfOneName() {
    ChromeRule first = new ChromeRule("more", "chrome", "exact", "More", "line");
    ChromeRule second = new ChromeRule("more", "chrome", "exact", "More stories", "line");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArticleCleaner(List.of(first, second)));
    assertEquals("chrome rule more is defined twice: a removed line names the one rule that removed it", e.getMessage());
  }

  @Test
  void rejectsAnUnknownMatchKindWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChromeRule("bad", "chrome", "glob", "x*", "line"));
    assertEquals("chrome rule bad: match must be one of [exact, prefix, regex, outlet], not 'glob'", e.getMessage());
  }
  @Test
  void dropsTheKindsOfChromeOfRealOutletsAndKeepsTheirSentences() {
    String[] chrome = {
        "Image copyright Getty Images", "Image caption Mr Putin at the Kremlin on Tuesday", "Media playback is unsupported on your device",
        "Media caption The moment the talks began", "Read more:", "Read more: Putin's long game in Syria",
        "Sign up for Daily Newsletters Manage Newsletters", "Follow Chuck on Twitter", "Advertisement", "Story Continued Below",
        "Vladimir Putin in Moscow in 2018. | Mandel Ngan/AFP/Getty Images", "Vladimir Putin at the Kremlin. Photograph: Alexei Druzhinin/TASS",
        "Enlarge this image toggle caption Alex Wong/Getty Images", "12:34 p.m.", "Updated at 3:15 p.m. ET", "14:05 GMT",
        "This article was originally published by The Conversation.", "The Associated Press contributed to this report.",
        "Reporting by Andrew Osborn; Editing by Alison Williams", "Copyright © 2019 The Washington Times, LLC.", "michael barbaro",
        "[music]", "Write to Rebecca Ballhaus at rebecca.ballhaus@wsj.com", "- Bart Jansen", "2 hours ago", "7.",
        "More:2020 presidential candidates react to the strike", "Opinion:Attack on the embassy shows the plan is failing",
        "JUST WATCHED What the FBI knew Replay More Videos ... MUST WATCH", "Hide Caption 5 of 10 Photos: Scenes from Moscow",
        "Featured image: a rally in Moscow, May 1st, 2020.", "so much for that — Some One (@someone) July 21, 2017",
        "Update at 9:15 a.m. ET.", "Its content is produced independently of The Sun's newsroom.",
        "(See here for the full timeline.)", "Watch the interview in full: https://t.co/AbC123", "Support Slate’s journalism",
        "Analysis | Jane Smith", "| Alexander Zemlianichenko/AP Photo Putin meets Xi in Beijing",
        "⦁ Ben Wolfgang contributed to this report.", "Jonah Goldberg, National Review", "Anne Applebaum",
        "Read More Sanctions Could Reshape the Gas Market for a Decade", "In this Aug. 4, 2019, file photo, troops parade in Moscow.",
        "In this file photo, Vladimir Putin speaks.", "Update at 9:15 a.m. ET. ",
        "Energy Daily is a USA TODAY content partner offering news. Its content is produced independently of USA TODAY.",
        "• Kremlin denies report on talks with Kyiv (USA TODAY)",
        "Get The Brief. Sign up to receive the top stories. Choose your country Albania Algeria. See our Privacy Policy.",
        "Newsletter Sign Up Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter.",
        "Interested in Russia? Add Russia as an interest to stay up to date on the latest Russia news. Add Interest",
        "next Image 1 of 3 prev Image 2 of 3", "The Briefing is a weekly column by Jane Doe on foreign policy.",
        "- Follow the Politics Desk on Twitter: @PoliticsDesk", "Join us on Facebook.com/SomeOpinion.",
        "Please consider making a contribution to Some Outlet today.", "• A daily roundup of security issues from around the world.",
        "Contributing: The Associated Press", "Opinion contributor", "This story has been updated with more details.",
        "Visit Some Outlet's homepage for more stories.", "For more of her reports, Go Here Now.",
        "Ticker Last Change Change % ABC ABC CORP. 95.75 +2.31 +2.47% XYZ XYZ INC. 22.55 -0.62 -2.83% QR QR CO. 35.21 +0.70 +2.02%",
        "Help Us Report on the Election Are you a poll worker? We want to hear from you.", "Join the conversation below.",
        "Email", "WhatsApp", "Print", "Jane Doe/U.S. Navy via Getty Images, FILE", "John Roe / Getty Images A pigeon crosses an empty street.",
        "Click for more from the Media Desk", "Video provided by Some Agency", "Featured Image via Getty Images.",
        "Read more from Jane Doe’s archive.", "CLICK the Video ABOVE to watch the FULL INTERVIEW with the envoy",
        "The original version of this story misstated the date of the talks. They were in May.",
        "KREMLIN DENIES PLAN TO CUT GAS TO EUROPE, SAYS TALKS WILL GO ON", "WATCH THE FULL INTERVIEW WITH THE AMBASSADOR:",
        "(SOUNDBITE OF ARCHIVED RECORDING)", "Jane Doe/Contributed", "John Roe/Courtesy of the family",
        "The envoys meet in Geneva. Hide Caption 3 of 12 Photos: The summit in pictures The two leaders shake hands.",
        "First published on Mon 3 Dec 2018 12.00 GMT", "Last modified on Tue 4 Dec 2018 09.12 GMT", "Published 12 March 2018",
        "Updated April 12, 2019, at 9:12 p.m. ET", "This article is more than 3 years old", "Reuse this content", "Topics",
        "More on this story", "Copy this link", "Close share panel", "These are external links and will open in a new window",
        "Since you’re here … we have a small favour to ask.", "Support Some Outlet",
        "Are you affected by the issues raised in this story? Share your experiences by emailing tips@example.com.",
        "(Reporting by Jane Doe in Moscow; Editing by John Roe)", "Our Standards: The Outlet's Trust Principles.",
        "FILE PHOTO: The foreign minister attends talks in Moscow, Russia, May 13, 2019. REUTERS/Jane Doe/File Photo",
        "The foreign minister attends talks in Moscow, Russia, May 13, 2019. REUTERS/Jane Doe",
        "FILE - In this May 3, 2018, file photo, the envoy speaks in Moscow.",
        "Explore more on these topics", "Most viewed", "Was this helpful?", "View image in fullscreen", "Related Internet Links",
        "Key events", "Show key events only", "Copy link", "Save", "Gift this article", "Acquire Licensing Rights, opens new tab",
        "Purchase Licensing Rights", "Comment speech bubble icon", "Email icon", "Hide comments", "Image source, Getty Images",
        "Published 3 hours ago", "The Outlet is not responsible for the content of external sites.",
        "This video can not be played", "To play this video you need to enable JavaScript in your browser.",
        "Please turn on JavaScript. Key events are available on the app.", "We've noticed you're adblocking.",
        "(Refiles to fix typo in headline)", "(Adds details throughout)", "Register now for FREE unlimited access to Outlet.com",
        "Get our morning and afternoon news emails, free app or daily news podcast", "Pictured: the two ministers in Moscow",
        "Above: the envoy arrives at the talks", "The Outlet values your comments but kindly requests all posts are on topic.",
        "Follow the latest updates below", "• This article was amended on 4 December 2018 to correct the minister's name.",
        "The views expressed are those of the author.",
        "To submit a letter, comment or column, check our submission guidelines.",
        "If you would like to submit a letter of up to 300 words for publication, email it to us.",
        "Second in a series on the Kremlin's economy", "Part 3 of a four-part series",
        "The rest of our interview with the ambassador will run on Thursday.",
        "Fact check:Moscow did not cut the gas supply to Europe", "'Not a threat':Kremlin says the drills are routine.",
        "The foreign minister speaks in Moscow, June 19, 2013. Jane Doe/Some Agency via Getty Images, FILE",
        "Editor’s Note: The following column is an excerpt of a book on the Kremlin.",
        "Editor's note: John Roe is a former envoy to Moscow. The opinions expressed in this commentary are his own.",
        "The gas pipeline dispute, explained.", "Coverage of the sanctions and the gas market. Related Stories",
        "The envoys meet in Geneva on May 5. Jane Doe for Some Outlet", "Her neighbour says she was told in the 1990s. Courtesy Jane Doe",
        "Jane Doe/Staff Protesters march in Moscow on Sunday.", "Shares", "EDITORIAL: Russia: After the Talks",
        "Editor's note: Due to an editing error, an earlier version of this essay named the wrong minister.",
        "The original version of this essay misstated the date of the talks.",
        "Correction: An earlier version of this story misstated the date of the summit.",
        "Update: This story has been updated with comment from the Kremlin.", "EPA", "PA Media", "Comments", "Features",
        "2 Min Read", "REUTERS/Jane Doe", "Story continues below advertisement", "Scroll down for video",
        "© Some Media Group Limited 2018", "This material may not be published, broadcast, rewritten or redistributed.",
        "Published: 14:23 GMT, 14 March 2018 | Updated: 17:05 GMT, 14 March 2018", "Updated: 12:30, 15 Mar 2018",
        "Share or comment on this article:", "Share via Email", "Pic: Reuters",
        "For the latest news and views, follow Some Outlet on Twitter", "Like us on Facebook", "Twitter: @somedesk",
        "Please use Chrome browser for a more accessible video player", "Watch the latest video at someoutlet.com",
        "Already have an account? Log in", "Register with an email", "We use cookies to personalise content and ads",
        "Contact the author", "Read the full story here", "Become a Some Outlet supporter", "Russia - latest news",
        "Tags: Russia, Vladimir Putin, sanctions", "Elsewhere on Some Outlet",
        "Media captionThe minister: 'We had nothing to do with it'", "Image copyrightGetty ImagesImage captionThe two met in Helsinki",
        "Jane Doe in Moscow", "Jane Doe Diplomatic editor", "Diplomatic Editor @somedesk", "By Our Foreign Staff",
        "Some Outlet Reporters", "Tue 13 Mar 2018 19.45 GMT", "13 March 2018 • 9:37pm", "1h ago 14.03", "Show 12 more posts",
        "Key event", "Privacy Notice: Newsletters may contain info about charities and online ads.", "Facebook Twitter Pinterest",
        "(This story corrects the headline)", "Read more about sharing.", "Copy link to article", "Advertisement - scroll to continue",
        "Hide", "Listen to this article 3 min", "This article tagged under: Russia", "Related 3 winners and 3 losers from the report",
        "CLOSE The president is no stranger to late night television. His appearance marks his sixth. VPC",
        "[Kerry says Iran might join the talks on Syria. Some Outlet has more.]", "[Watch: the senator appears in the 10 a.m. ET hour]",
        "From 'Morning Edition': Jane Doe reports Listen", "The Big Idea is Some Outlet’s home for smart discussion of ideas.",
        "Jane Doe, law professor, Duke University", "*This article appears in the August 20, 2018, issue of Some Magazine. Subscribe Now!",
        "A version of this article appears in print on May 3, 2018, on Page A1.",
        "To continue reading Jane Doe's column in the Some Post, click here.",
        "Skip Twitter post by @somedesk", "Allow Twitter content?", "Accept and continue", "End of Twitter post by @somedesk",
        "This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they "
            + "may be using cookies and other technologies. To view this content choose ‘accept and continue’.",
        "Content is not available", "View content on Twitter", "By Jane Doe, Russia editor, Moscow",
        "By John Roe, former senior strategist for Some Group, a political action committee.",
        "Russia editor, Some Outlet", "Play video, \"The summit in two minutes\", Duration 2,30",
        "Jane Doe in Kyiv and John Roe in Moscow", "Sign in or create your Some Outlet account to join the discussion.",
        "Thank you for your feedback.", "We rely on advertising to help fund our award-winning journalism.",
        "AFP via Getty Images", "This is a developing story and will be updated.", "(C) 2018 Some Content Agency, LLC",
        "(c) 2013 SOME MEDIA SERVICES, INC."};
    String body = "Russia expelled 23 British diplomats on Saturday.";
    for (String line : chrome) {
      String text = body + "\n\n" + line + "\n\nThe foreign ministry said the move was a response.";
      ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");
      assertEquals(text.length(), cleaned.body().length());
      assertEquals(body + " The foreign ministry said the move was a response.",
          prose(cleaned.body()), () -> "'" + line + "' should be dropped");
    }
  }

  @Test
  void keepsSentencesThatMerelyShareWordsWithChrome() {
    String[] sentences = {
        "Russia said the newsletter published by the ministry was false.", "Follow-up talks with Moscow are planned.",
        "The photo showed Mr Putin with the prime minister.", "He told Reuters that Russia would respond.",
        "Sanctions were announced at 3:15 p.m. on Monday.", "Click-through rates on Russian adverts rose, Facebook said.",
        "By the end of the year Russia had withdrawn.", "Advertisements paid for by Russian groups reached millions.",
        "More than 20 diplomats were expelled.", "Opinion polls in Moscow show support for the talks.", "In 2014, 7.5% left.",
        "Photos of the summit were released on Monday.", "Support for the sanctions grew in Congress.",
        "Analysis by the ministry showed a rise.", "An advertisement in Moscow showed the two leaders.",
        "Update: Russia said on Monday that the talks at 9:15 would go ahead.", "Vladimir Putin said no.",
        "In this year's talks, Russia made no offer.", "Read more about the talks in the report, the ministry said.",
        "Cameron, who had just watched officials sign the deals, said the talks must go on.",
        "Britain is making a contribution of £5m to the fund.", "The talks are a series of meetings by the two ministers.",
        "The editors said they would not sign up to the Kremlin's privacy policy.", "Print media in Russia answer to the state.",
        "Join us, Putin told the leaders of the union.", "Tell them about the sanctions, the minister said.",
        "Congress gets an unfavourable rating of 64%-17%, the party 48%-37% and the index, -1.68%, closed up 2.2%.", "This story of the summit was told many times.",
        "[The talks] will go on, Lavrov said.", "THE KREMLIN'S ANSWER", "Q: WHAT DOES THIS MEAN FOR GAS PRICES?",
        "NATO said: \"WE WILL DEFEND EVERY INCH OF ALLIED TERRITORY.\"",
        "Reporting from Moscow, the correspondent writes that the talks have stalled.", "Published reports in Moscow said no.",
        "Updated figures from the ministry show a rise.", "This article of the treaty is more than a formality.",
        "Support for the talks grew in Moscow.", "The Kremlin said the video could not be played on state television.",
        "Pictured at the summit, the two ministers smiled.", "(Russia denies this.)", "He became a national icon.",
        "Save for one minister, the cabinet backed the sanctions.", "Top officials met in Moscow.",
        "Follow the money, the senator said.", "Key events of the year included the annexation.",
        "Most viewed the move as a provocation.", "Published three hours ago, the report said the talks had failed.",
        "Register of lobbyists shows Russian links, the committee said.", "Above all, Moscow wants the sanctions lifted.",
        "The lawyers said they would submit a letter to the court on Monday.", "The first in a series of meetings was held in Geneva.",
        "More of the report will be published next week, the ministry said.", "Reporters who contributed to the fund were named.",
        "Putin reported from Moscow that the talks had failed.", "The ratio was 3:1 in Moscow's favour.",
        "Russia said: Talks will go on.", "Editor's note: Russia has since denied the report.",
        "\"The talks failed,\" a senior diplomat, explained.", "Readers can click on these links, the ministry said.",
        "Russia sent photos. Courtesy of the embassy, they were shown on Monday.", "The minister thanked them. Courtesy matters, he said.",
        "The rouble fell. Shares in Gazprom rose.", "ANALYSIS: The talks failed.", "The talks failed. Jane Doe reports for Some Outlet",
        "He will follow the talks on Twitter, he said.", "Correction: The summit was held in Helsinki, not Geneva.",
        "Update: The Kremlin said on Tuesday it would respond.", "He went on to become a Communist Party member in 1975.",
        "The full story is yet to be told.", "The copyright of the film belongs to a Moscow studio.",
        "Sign in to the Kremlin's guest book was required.", "Like us, the Russians want a deal.",
        "For the latest news and views on Russia, the ministry said, follow its statements.",
        "Published at 10:30 on Tuesday, the report accused Moscow of meddling.",
        "Elsewhere on the continent, Russia's allies were silent.", "More on this later.", "Comments by the minister angered Moscow.",
        "The NATO (North Atlantic Treaty Organisation) summit (OVER 30 leaders attended) ended.",
        "In 2014, 3. Russia annexed Crimea and 4. the West answered.", "Basic Errors in Geography", "The Day in Quotes",
        "Peter Strzok and Lisa Page", "Image captions were removed from the report, the ministry said.",
        "Media captured the moment the two leaders met.", "Staff at the embassy were expelled.",
        "Our correspondents in Moscow were expelled.", "Hide and seek with the sanctions went on.",
        "The talks began on 13 March 2018 at 9:37 and ended at noon.", "Facebook and Twitter removed the accounts.",
        "He said he had written the story. Facebook, he added, had removed it.", "Related talks will follow in Geneva.",
        "This article appears to show that the talks failed.", "To continue reading the signals, the Kremlin must click with Kyiv.",
        "The rouble fell 1.80% on Friday, and GDP, up 2.1%, held.", "NATO AND THE EU - both said no.",
        "[Updated figures from the ministry show a rise.]",
        "CLOSE to the border, Russian troops massed.", "Why Russia Won't Listen", "[The talks] will go on, he said on video.",
        "The summit is Russia's stage for its claims.", "Vladimir Putin, the president, said no.",
        "The photo was posted by the embassy (via its Twitter account) on Monday.",
        "He said: “The talks will go on.” Jane Doe, the envoy, agreed.",
        "By Friday, the embassy was closed.", "By pandering to fears, the Kremlin deepens its hold.", "By now the talks have stalled.",
        "By the end, he had resigned.", "(c) 2019 figures show a rise.", "(C) 2019 Figures Show A Rise, the ministry said.", "By Thursday evening, Moscow was doing damage control.", "By the numbers",
        "The statement was distributed via Reuters.", "This is a developing story for the Kremlin, officials said.",
        "Jane Doe in Moscow said the talks had failed.", "Russia will not accept and continue the talks, he said.",
        "Talks:The ministry said on Monday that the talks would go on, that both sides had agreed on a date for the next "
            + "round in Geneva, and that the sanctions imposed in March would be on the table alongside the question of the "
            + "diplomats expelled from both capitals."};
    for (String sentence : sentences) {
      String text = "Russia expelled the diplomats.\n\n" + sentence;
      assertEquals(text, CLEANER.cleanBodyOnly(text, "Some Outlet").body(), sentence);
    }
  }

  @Test
  void dropsAWireDatelineThatOpensAParagraphAndKeepsItsSentence() {
    String text = "MOSCOW (Reuters) - Russia expelled 23 British diplomats on Saturday.\n\n"
        + "WASHINGTON — The White House condemned the move.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Reuters");

    assertEquals(text.length(), cleaned.body().length());
    assertEquals("Russia expelled 23 British diplomats on Saturday.", cleaned.body().substring(0, text.indexOf("\n")).strip());
    assertTrue(cleaned.body().contains("The White House condemned the move."));
    assertFalse(cleaned.body().contains("WASHINGTON"));
    assertEquals(List.of("MOSCOW (Reuters) -", "WASHINGTON —"), removed(cleaned, ArticleCleaner.Removed::line));
    assertEquals(List.of("dateline", "dateline"), removed(cleaned, ArticleCleaner.Removed::kind));
  }

  @Test
  void cutsAWireDatelineThatCarriesTheDate() {
    assertCleans("LONDON, March 13 (Reuters) - Britain expelled 23 Russian diplomats.\n\n"
        + "SALISBURY, England, Sept. 5 (Reuters) - Police named two suspects.\n\n"
        + "In March 13 (Reuters) reports, the ministry was quoted.", "Reuters",
        "Britain expelled 23 Russian diplomats. Police named two suspects. In March 13 (Reuters) reports, the ministry was quoted.",
        "agency-dateline", "agency-dateline");
  }

  @Test
  void dropsAStorysTopicTagsAfterTheirHeadingUpToTheNextSentence() {
    String text = "Russia expelled 23 British diplomats on Saturday.\n\nRelated Topics\n\nRussia\nVladimir Putin\n\n"
        + "UK-Russia relations\n\nThe foreign ministry said the move was a response.\nSanctions\nThe talks ended.\n";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");

    assertEquals("Russia expelled 23 British diplomats on Saturday. The foreign ministry said the move was a response. Sanctions "
        + "The talks ended.",
        prose(cleaned.body()), "the tags go up to the first sentence; a short line after it is the article's again");
    assertEquals(List.of("topic-tags", "topic-tags", "topic-tags", "topic-tags"), removed(cleaned, ArticleCleaner.Removed::rule));
    assertEquals(List.of("Related Topics", "Russia", "Vladimir Putin", "UK-Russia relations"),
        removed(cleaned, ArticleCleaner.Removed::line));
  }

  @Test
  void matchesTheLineRulesAgainOnWhatFollowsAPageLabel() {
    String text = "Russia expelled 23 British diplomats.\n\nCorrection: This article was originally published on Monday.\n\n"
        + "Clarification: The talks were in Geneva.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");

    assertEquals("Russia expelled 23 British diplomats. Clarification: The talks were in Geneva.", prose(cleaned.body()));
    assertEquals(List.of("originally-published"), removed(cleaned, ArticleCleaner.Removed::rule),
        "the note is dropped by the rule for what it says, and a note stating a fact about the story stays");
  }

  @Test
  void cutsAWireVideoScriptsCuesAndKeepsTheWordsBetweenThem() {
    String text = "Putin on the economy\n\n4076 (SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING: \u201cWe do not "
        + "attack anyone.\u201d (OVER WIDE OF NEWS CONFERENCE) And we defend our interests. 3. VARIOUS OF REPORTERS LISTENING 6. "
        + "(SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING: \u201cThe growth is unavoidable.\u201d";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "Some Outlet");

    assertEquals("\u201cWe do not attack anyone.\u201d And we defend our interests. \u201cThe growth is unavoidable.\u201d",
        prose(cleaned.body()));
    assertEquals(List.of("4076 (SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING:", "(OVER WIDE OF NEWS CONFERENCE)",
            "3. VARIOUS OF REPORTERS LISTENING", "6. (SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING:"),
        removed(cleaned, ArticleCleaner.Removed::line));
  }

  @Test
  void dropsARoundUpsCreditAfterItsQuotationAndASourceInBrackets() {
    String text = "“The investigation was not about the campaign. It was about four people.” Jane Doe, The Atlantic\n\n"
        + "The minister at the talks in Moscow. (via Facebook)";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");

    assertEquals("“The investigation was not about the campaign. It was about four people.” The minister at the talks in Moscow.",
        prose(cleaned.body()));
    assertEquals(List.of("Jane Doe, The Atlantic", "(via Facebook)"), removed(cleaned, ArticleCleaner.Removed::line));
  }

  @Test
  void dropsLinksCalledHereShowPromosAndWhoseViewAPieceIsAndKeepsSentencesLikeThem() {
    String text = "Watch the interview here \u00bb\n\nRead the whole piece here.\n\n"
        + "Listen to the discussion of this article on Breitbart News Daily on SiriusXM:\n\n"
        + "You can listen to the full episode by subscribing to The Show on Apple Podcasts, Spotify, or wherever you "
        + "get your podcasts.\n\n"
        + "This endorsement is the opinion of The Des Moines Register\u2019s editorial board:\n\n"
        + "Read the statement the Kremlin issued here in Moscow on Monday, which denies the charge.\n\n"
        + "He said it in an interview on Breitbart News Daily on SiriusXM.\n\n"
        + "This agreement is the opinion of both governments, the minister said.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");

    assertEquals("Read the statement the Kremlin issued here in Moscow on Monday, which denies the charge. He said it in an "
        + "interview on Breitbart News Daily on SiriusXM. This agreement is the opinion of both governments, the minister said.",
        prose(cleaned.body()));
    assertEquals(List.of("here-pointer", "read-whole", "podcast-promo", "podcast-promo", "editorial-board-note"),
        removed(cleaned, ArticleCleaner.Removed::rule));
  }

  @Test
  void dropsABureauChiefsBioAndADatedListOfLinksAndKeepsABulletedSentence() {
    String text = "Aaron Klein is Breitbart\u2019s Jerusalem bureau chief and senior investigative reporter.\n\n"
        + "\u25ba April 6: Texas sending 250, Arizona 150 National Guard to Mexican border\n\n"
        + "\u25ba March 27: California sues Trump administration over Census citizenship question\n\n"
        + "\u25ba Second, we encourage candidates to report suspicious cyber activity to us.\n\n"
        + "Dmitry Peskov is the Kremlin\u2019s chief spokesman.";
    assertCleans(text, "Breitbart", "\u25ba Second, we encourage candidates to report suspicious cyber activity to us. "
        + "Dmitry Peskov is the Kremlin\u2019s chief spokesman.",
        "staff-bio", "dated-link", "dated-link");
  }

  @Test
  void dropsAppealsPromosAndFormsWhereverTheyFallInTheirParagraphAndKeepsProseLikeThem() {
    String text = "Every day at Vox, we aim to answer your most important questions. Our mission has never been more vital "
        + "than it is in this moment: to empower you through understanding. Vox\u2019s work is reaching more people than "
        + "ever, but our distinctive brand of explanatory journalism takes resources. Your financial contribution will "
        + "not constitute a donation. Please consider making a contribution to Vox today.\n\n"
        + "Fight Back! Sign up for Take Action Now and we\u2019ll send you three actions. You will receive occasional "
        + "promotional offers for programs that support The Nation\u2019s journalism. You can read our Privacy Policy here.\n\n"
        + "Thank you for signing up. For more from The Nation, check out our latest issue\n\n"
        + "Travel With The Nation Be the first to hear about Nation Travels destinations.\n\n"
        + "Like what you're reading?:Download the USA TODAY app for more\n\n"
        + "Editor's Note: Want to support Townhall? Join Townhall VIP and use the promo code FISA to get 25% off!\n\n"
        + "LISTEN TO ARTICLE 2:40 SHARE THIS ARTICLE Share Tweet Post Email\n\n"
        + "Share Your Thoughts How should the U.S. answer Moscow? Join the conversation below.\n\n"
        + "Click Here.\n\n"
        + "Patrick Buchanan has been an adviser to three presidents. For more of his reports, Go Here Now.\n\n"
        + "Insider is making this story free. To read our full interview, please click here and subscribe.\n\n"
        + "The Foundation is working hard. For as little as $3, you can help us. Make a one-time donation to support us.\n\n"
        + "Share your top six picks. Email them \u2013 just your top six, please \u2013 to FIRST@FOXNEWS.COM or tweet @first\n\n"
        + "Send a tip to the news team at NR.\n\nTake me back to the top of this post.\n\n"
        + "NPR transcripts are created on a rush deadline by a contractor. Accuracy and availability may vary.\n\n"
        + "Note: As happens when stories such as this are developing, there will likely be reports that turn out to be "
        + "mistaken. We will focus on news being reported by NPR.\n\n"
        + "A lightly edited transcript of our conversation follows.\n\nRead the whole thing.\n\n"
        + "Russians were told to download the Gosuslugi app to register.\n\n"
        + "Read the whole report, the minister urged MPs.\n\n"
        + "The hackers wrote to the ministry from ivan@mail.ru, the indictment says.\n\n"
        + "The Kremlin said it would consider making a contribution to the fund.\n\n"
        + "The envoy rented a flat for just $50 a night and made a donation to the party.\n\n"
        + "Gazprom sold gas to Belarus for as little as $100 per 1,000 cubic metres.";
    assertCleans(text, "Some Outlet", "Russians were told to download the Gosuslugi app to register. Read the whole report, the minister urged MPs. "
        + "The hackers wrote to the ministry from ivan@mail.ru, the indictment says. "
        + "The Kremlin said it would consider making a contribution to the fund. "
        + "The envoy rented a flat for just $50 a night and made a donation to the party. "
        + "Gazprom sold gas to Belarus for as little as $100 per 1,000 cubic metres.",
        "contribution-appeal", "signup-form", "subscription-notice", "travel-promo", "app-promo", "promo-code",
        "audio-player", "comments-prompt", "click-here", "click-here", "click-here", "contribution-appeal", "contact-email", "send-a-tip",
        "back-to-top", "transcript-notice", "developing-note", "edited-transcript", "read-whole");
  }

  @Test
  void dropsColumnistsBiosAndCreditsNamingAnyOutletAndKeepsSentencesAboutPeople() {
    String text = "Timothy Stanley is a historian and columnist for Britain's Daily Telegraph.\n\n"
        + "\u2014 NRO contributor Victor Davis Hanson is a senior fellow at the Hoover Institution.\n\n"
        + "Raul A. Reyes is an attorney and member of the USA Today board of contributors. Follow him @RaulAReyes\n\n"
        + "Alicia Shepard is a veteran media writer. Follow her @Ombudsman\n\n"
        + "Jordain Carney and Scott Wong contributed.\n\n"
        + "\u2022 This article is based in part on wire service reports.\n\n"
        + "Mr. Romney is \u201calmost certain to reach beyond his group,\u201d said Leslie H. Gelb, a senior fellow at "
        + "the Council.\n\n"
        + "Dmitry Peskov is the Kremlin\u2019s chief spokesman.\n\nRussia and China contributed.\n\n"
        + "This report is based on interviews with 40 officials.";
    assertCleans(text, "Some Outlet", "Mr. Romney is \u201calmost certain to reach beyond his group,\u201d said "
        + "Leslie H. Gelb, a senior fellow at the Council. Dmitry Peskov is the Kremlin\u2019s chief spokesman. "
        + "Russia and China contributed. This report is based on interviews with 40 officials.",
        "columnist-bio", "columnist-bio", "columnist-bio", "bio-with-note",
        "bare-contributed", "wire-basis");
  }

  @Test
  void dropsABioWhoseSecondSentenceNamesTheWritersBooksAndKeepsAnAuthorOfAPlan() {
    String text = "Sanctions were extended on Monday.\n\n"
        + "Jane Doe is a professor of history at Some University and a fellow at Some Institute. She is the author of "
        + "\u201cThe Long Thaw.\u201d\n\n"
        + "John Roe is a lecturer at Some College. His latest book is \"Moscow Nights.\"\n\n"
        + "Vladislav Surkov is the Kremlin\u2019s chief ideologist. He is the author of the doctrine of sovereign democracy.\n\n"
        + "Sergei Lavrov is the foreign minister. His book was banned in Ukraine, officials said.";
    assertCleans(text, "Some Outlet", "Sanctions were extended on Monday. Vladislav Surkov is the Kremlin\u2019s chief ideologist. "
        + "He is the author of the doctrine of sovereign democracy. Sergei Lavrov is the foreign minister. His book was banned "
        + "in Ukraine, officials said.", "bio-then-books", "bio-then-books");
  }

  @Test
  void cutsStampsMarkersQuotesAndANewslettersItemHeadFromTheSentencesTheyOpenOrInterrupt() {
    String text = "[Updated 12:06 p.m. ET] The suspect has tweeted since the bombings.\n\n"
        + "#share#Almost every initiative has failed.\n\n"
        + "Chevron's chief and Occidental Petroleum's OXY, +1.80% chief executive are expected to attend.\n\n"
        + "CONGRESS NOT WAITING ON OBAMA - Campaign Jane Doe - \u201cCould the meeting signal a change?\u201d";
    assertCleans(text, "Some Outlet", "The suspect has tweeted since the bombings. Almost every initiative has failed. Chevron's chief and Occidental "
        + "Petroleum's chief executive are expected to attend. \u201cCould the meeting signal a change?\u201d",
        "update-stamp", "share-marker", "inline-quote", "newsletter-item-head");
  }

  @Test
  void dropsARelatedLinkInBracketsAShowsAirTimeAndAStampsColonAndKeepsSentencesLikeThem() {
    String text = "[Updated 5:03 a.m. ET]: Police in Watertown are sending robocalls to residents.\n\n"
        + "Her disclosure says so. (RELATED: Arab Sheikh Tried To Force American Security To Murder Two People)\n\n"
        + "(RELATED: The 44 Most Damning Stories From WikiLeaks)\n\n"
        + "#mediabuzz - Host Howard Kurtz has the latest take. Watch #mediabuzz Sundays at 11 a.m. ET.\n\n"
        + "The sanctions (related: to Crimea) were extended.\n\n"
        + "He said he would watch the hearings on Sundays at home.";
    assertCleans(text, "Some Outlet", "Police in Watertown are sending robocalls to residents. Her disclosure says so. The sanctions (related: to "
        + "Crimea) were extended. He said he would watch the hearings on Sundays at home.",
        "update-stamp", "related-parenthesis", "related-parenthesis", "show-times");
  }

  @Test
  void dropsWidgetsLinkLabelsBareCreditsStampsAndCallsToActionAndKeepsSentencesLikeThem() {
    String text = "Loading...\n\nStory continues\n\nVote Now:\n\nCorrections & Amplifications\n\n"
        + "Go deeper: The facts on the inquiry\n\nAlso see:\n\n"
        + "( WATCH: Obama’s full speech on Syria)\n\n(Also on POLITICO: The diplomacy problem)\n\n"
        + "(Pixabay)\n\n(Chip Somodevilla/Getty)\n\n-- Nicholas Wu\n\nWith Post wires\n\n"
        + "(Most recent update: 7:00 p.m. ET.)\n\n"
        + "Russia shut the office. Click to subscribe!\n\n"
        + "Mark Warner and Burr. AP Photo/Susan Walsh\n\n"
        + "Sergei Skripal in Moscow in 2006. Source: TASS via Getty Images\n\n"
        + "Michael Cohen Photographer: Mark Wilson/Getty Images North America\n\n"
        + "The Kremlin said it was still loading the ships. The story continues to unfold, he said.\n\n"
        + "Read the report for yourself, he said. Go deeper into the files and you find more.\n\n"
        + "The update (posted at 7:00 p.m.) came late. He came to Washington with wires and a recorder.\n\n"
        + "Photos of the summit were released on Tuesday. Americans do not subscribe to extremism.\n\n"
        + "The deal was reported first by Reuters. Bloomberg and AP followed.";
    assertCleans(text, "Some Outlet", "Russia shut the office. The Kremlin said it was still loading the ships. The story continues to unfold, he said. Read the report "
        + "for yourself, he said. Go deeper into the files and you find more. The update (posted at 7:00 p.m.) came late. He "
        + "came to Washington with wires and a recorder. Photos of the summit were released on Tuesday. Americans do not "
        + "subscribe to extremism. The deal was reported first by Reuters. Bloomberg and AP followed.",
        "page-widget", "page-widget", "page-widget", "page-widget", "read-more", "read-more",
        "related-parenthesis", "related-parenthesis", "agency-credit", "agency-credit", "byline-dash", "wire-basis",
        "update-stamp", "call-to-action-end", "agency-credit", "agency-credit", "photo-caption");
  }

  @Test
  void dropsAnEmbeddedDocumentsTitleAPhotographersCreditAndALettersAddressAndKeepsSentencesLikeThem() {
    String text = "Declassified footnotes DNI by Katie Pavlich on Scribd\n\n"
        + "A memento of the First Step Act. Christopher Lee—VII for TIME\n\n"
        + "Nadav Kander for TIME\n\n"
        + "Send letters to: letters@suntimes.com.\n\n"
        + "The committee posted the memo by Nunes on Scribd on Friday and the press read it.\n\n"
        + "Bernie Sanders for President\n\n"
        + "She wrote for Time before she joined the campaign.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Time");

    assertEquals("The committee posted the memo by Nunes on Scribd on Friday and the press read it. Bernie Sanders for "
        + "President She wrote for Time before she joined the campaign.", prose(cleaned.body()));
    assertEquals(List.of("document-embed", "photographer-for", "photographer-for", "contact-email"),
        removed(cleaned, ArticleCleaner.Removed::rule));
    assertEquals("Nadav Kander for TIME", CLEANER.cleanBodyOnly("Nadav Kander for TIME", "Some Outlet").body(),
        "without an agency, only the article's own outlet");
  }

  @Test
  void dropsAListOfLinksAndKeepsASubheading() {
    String text = "Russia expelled the diplomats.\n\nSenate panel votes to confirm the new FBI director\n\n"
        + "After attacks in Paris, governors refuse to accept refugees\n\nThe ministry said more would follow.\n\n"
        + "The Kremlin's answer\n\nMoscow said it would respond in kind.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");

    assertEquals("Russia expelled the diplomats. The ministry said more would follow. The Kremlin's answer Moscow said it would respond in kind.",
        prose(cleaned.body()));
    assertEquals(List.of(ArticleCleaner.LINK_LIST, ArticleCleaner.LINK_LIST), removed(cleaned, ArticleCleaner.Removed::rule));
  }

  @Test
  void keepsATranscriptsLinesCutShortByADashThatStandInARowLikeLinks() {
    String text = "The senator spoke first.\n\nAMY GOODMAN: Some lawyers are saying it has to do with\u2014\n\n"
        + "JANE DOE: \u2014it\u2019s an interesting\u2014\n\nHe said at one point --\n\nThe hearing went on.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");

    assertEquals("The senator spoke first. AMY GOODMAN: Some lawyers are saying it has to do with\u2014 "
        + "JANE DOE: \u2014it\u2019s an interesting\u2014 He said at one point -- The hearing went on.", prose(cleaned.body()));
    assertEquals(List.of(), removed(cleaned, ArticleCleaner.Removed::rule));
  }

  /**
   * Asserts that the {@code gallery} lines, set between two paragraphs of prose, go as a caption run and the prose
   * stays, and that {@code text}, prose that reads like captions, stays whole.
   */
  private static void assertGalleryGoesAndProseStays(List<String> gallery, String text) {
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly("Russia expelled the diplomats.\n\n" + String.join("\n\n", gallery)
        + "\n\nThe ministry said more expulsions would follow.", "Some Outlet");
    assertEquals("Russia expelled the diplomats. The ministry said more expulsions would follow.", prose(cleaned.body()));
    assertEquals(List.of(ArticleCleaner.CAPTION_RUN), removed(cleaned, ArticleCleaner.Removed::rule).stream().distinct().toList());
    assertEquals(text, CLEANER.cleanBodyOnly(text, "Some Outlet").body());
  }

  @Test
  void dropsAPhotoGallerySetIntoTheTextAndKeepsProseThatReadsLikeACaption() {
    assertGalleryGoesAndProseStays(List.of(
        "The two ministers shake hands before their talks in Geneva on March 6, 2009.",
        "A poster in Moscow shows the president with a dove.",
        "The president, right, with his defence minister on a fishing trip in 2017.",
        "Protesters walk along the embankment in Moscow in December 2011. Tens of thousands came."),
        "Russia expelled the diplomats.\n\n"
        + "The two ministers shake hands before their talks in Geneva on March 6, 2009.\n\n"
        + "Putin annexed Crimea in March 2014.\n\nThe West answered with sanctions in July 2014.\n\n"
        + "The foreign minister speaks at the United Nations in New York on Monday.");
  }

  @Test
  void dropsTheRestOfAGalleryWhoseCaptionsSayMoreThanACameraSeesAndKeepsSuchALineAlone() {
    assertGalleryGoesAndProseStays(List.of(
        "The president delivers a statement on the unrest in the city on August 18, 2014. The suburb was in turmoil.",
        "The president shakes the hand of a soldier on July 12, 2011. The soldier received the Medal of Honor.",
        "During his state visit, the president also met the Queen. They exchanged gifts.",
        "The vice president watches the president sign the stimulus bill on February 17, 2009."),
        "Russia expelled the diplomats.\n\n"
        + "The president delivers a statement on the expulsions in Moscow on Monday.\n\n"
        + "The ministry said more expulsions would follow.\n\n"
        + "The foreign minister visits Beijing in May.");
  }

  @Test
  void dropsANewslettersBulletedListUnderItsHeadingAWidgetsMarkerAPlaceLineAndACreditInCapitalsAndKeepsProseLikeThem() {
    assertCleans("Russia denied it.\n\nBuzz Cut:\n\u2022 Will Obama wait for UN on Syria strike?\n\u2022 Colorado gets redder\n"
        + "As inspectors try to reach the site, the pressure for a strike grows.", "Fox News",
        "Russia denied it. As inspectors try to reach the site, the pressure for a strike grows.", "buzz-cut", "buzz-cut", "buzz-cut");
    assertCleans("Russia denied it.\n\nMore G-20 coverage:\n\u2022 Is Moscow ready for talks?\nThe talks began on Monday.", "Some Outlet",
        "Russia denied it. The talks began on Monday.", "links-heading", "links-heading");
    assertCutsTo("National Review", "#related#For the moment, the fortunes of the republic are held hostage.",
        "For the moment, the fortunes of the republic are held hostage.", "share-marker");
    String[][] chrome = {
        {"HURGHADA, EGYPT", "place-line"},
        {"RIYADH, SAUDI ARABIA", "place-line"},
        {"Brendan McDermid/REUTERS Michael Cohen on whether he is loyal to Donald Trump", "staff-photo-credit"},
    };
    assertDropsAndKeeps("The Wall Street Journal", chrome,
        "THE KREMLIN RESPONDS",
        "Paris, France, is where the two ministers met.",
        "A Reuters/Ipsos poll found the race tied.",
        "The #MeToo movement reached Moscow in 2018.");
  }

  @Test
  void dropsACallForPhotosADatedCorrectionHeadingCoAuthorsAfterADashACaptionsBareAgencyAndSpacedRoundUpSources() {
    String[][] chrome = {
        {"YOUR TAKE:Share your photos of the California storm", "call-out"},
        {"Correction, Jan. 31", "correction-heading"},
        {"- Maureen Groppe and Nicholas Wu", "dash-coauthors"},
        {"The execution chamber at the Oklahoma prison where the inmate was put to death in 2014 AP", "caption-agency-end"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "Residents were asked to share their photos of the storm with the police.",
        "The correction came on Jan. 31, officials said.",
        "- Jane Doe and John Roe signed the letter on Monday.",
        "On Tuesday, Macron called for a European army during a tour of the front, according to AFP");
    assertCleans("Russia denied it.\n\n> German bank: Lawmakers will probe its ties to Trump ( The New Yorker ). "
        + "The bank is also under investigation in Europe ( The Hill ).", "The Hill",
        "Russia denied it. > German bank: Lawmakers will probe its ties to Trump . The bank is also under investigation in Europe .",
        "roundup-source", "roundup-source");
    String debates = "Monday, Oct. 22 \u2014 Lynn University in Boca Raton, Fla. (foreign policy). Moderator: CBS' Bob Schieffer.";
    assertCleans("Russia denied it.\n\n" + debates, "Some Outlet", "Russia denied it. " + debates);
  }

  @Test
  void dropsAPodcastsLowerCaseSpeakerBeforeTheirWordsALinksBoxsHeadingAndAPointerToADocumentAndKeepsProseLikeThem() {
    assertCutsTo("The New York Times", "tara reade I threw everything out.", "I threw everything out.", "podcast-speaker");
    assertCutsTo("The New York Times", "elevator voice announcer Doors closing.", "Doors closing.", "podcast-speaker");
    String goesOn = "and the Kremlin said no.";
    assertCleans("Russia denied it.\n\n" + goesOn, "The New York Times", "Russia denied it. " + goesOn);
    String[][] chrome = {
        {"What to know about coronavirus:", "what-to-know-heading"},
        {"READ THE INDICTMENT", "read-full"},
        {"Read the memo", "read-full"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "What to know about the sanctions is that they were never lifted.",
        "Read the memo, the senator told reporters, and you will see what I mean.");
  }

  @Test
  void dropsAHatTipABracketedSourceAScrollNoteAGallerysLinkAndAnExpertsHeadingAndKeepsTheWritersNotes() {
    assertCutsTo("Townhall", "Here is an interview with the suspects' uncle. H/t HotAir", "Here is an interview with the suspects' uncle.",
        "via-credit");
    assertCutsTo("The Week", "Dialogue is preferred for resolving conflicts. [Norwegian Nobel Committee]",
        "Dialogue is preferred for resolving conflicts.", "bracketed-source-end");
    assertCutsTo("NPR", "The complaint says he was seen on video. (Scroll down to see more from the complaint.)",
        "The complaint says he was seen on video.", "scroll-prompt");
    String[][] chrome = {
        {"View Photo gallery Politicians, moguls and even a few Democrats: Trump's revolving door of visitors", "view-gallery"},
        {"Helmut Norpoth, political scientist at Stony Brook University", "name-post-place"},
    };
    assertDropsAndKeeps("Politico", chrome,
        "The memo says the warrant was sought twice. [Emphasis added.]",
        "Helmut Norpoth, a political scientist at Stony Brook University, predicted the result.");
  }

  @Test
  void dropsAnUpdatesNoteASeriesLinkARoundUpsCreditLineAndBiosAndCreditsInWordingsTheRulesLackedAndKeepsProseLikeThem() {
    String[][] chrome = {
        {"Update: Story updated with comments from the minister.", "update-note"},
        {"Part 6: Parties over? Republicans, Democrats, and a third candidate.", "series-link"},
        {"Jane \u201cJD\u201d Doe, Fox News", "name-outlet-line"},
        {"Former campaign manager John Roe (Jane Doe/Reuters )", "agency-credit"},
        {"John Roe at a hearing in New York, July 31, 2019. (Court sketch: Jane Doe/Reuters )", "agency-credit"},
        {"\u2022 Jane Doe is author of \u201cSome Book\u201d (Regnery, 2014) and a fellow at an institute.", "columnist-bio"},
        {"Jane Doe is a staff writer for the magazine. She is also a 2017 fellow.", "staff-bio"},
        {"Jane Doe is a senior researcher at an institute in Prague. The opinions in this article belong to the author.",
            "bio-with-note"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "Update: Seven bombs have been recovered near the scene.",
        "Part of the problem: the sanctions were never enforced.",
        "Jane Doe, a spokeswoman, said no.",
        "\u2022 Oleg Doe is a senior official who operates in the energy sector.",
        "Jane Doe is a staff writer who covered the Kremlin for a decade before the magazine hired her.");
    assertCutsTo("CNN", "He is a specialist on Russia. The opinions in this article belong to the author.",
        "He is a specialist on Russia.", "views-own");
  }

  @Test
  void dropsAShareMenuAPaywallNoteAnAppealInCapitalsALinksLabelShotLabelsInARowAndABioAfterAnAsterisk() {
    String[][] chrome = {
        {"Share All sharing options for: The Pentagon offered ventilators. It could do much more.", "share-options"},
        {"* The magazine's content is typically available only to paid subscribers. Due to the immediacy of this article, it "
            + "has been made available to you for free.", "paywall-note"},
        {"Due to the immediacy of this article, it has been made available to you for free.", "paywall-note"},
        {"* Doe is the president of a research center and the author most recently of \u201cSome Book.\u201d", "columnist-bio"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "Share prices fell for all the options traders.",
        "The report is available only to members of the committee, the senator said.",
        "The full report is available only to subscribers of the service, the company said.",
        "* Doe is the president of the company that built the pipeline.");
    assertCutsTo("The Nation", "It has devastated the middle class. LIKE THIS? HELP KEEP THE MAGAZINE INDEPENDENT DONATE NOW!",
        "It has devastated the middle class.", "caps-appeal");
    assertCutsTo("Fox News", "[Skin in the game - Jane Doe won the nomination. Her father backed her. More.]",
        "[Skin in the game - Jane Doe won the nomination. Her father backed her. ]", "more-label");
    assertCutsTo("The New York Times", "\u201cIsn\u2019t it a wall?\u201d 3. REPORTER ASKING QUESTION 4. NEWS CONFERENCE IN "
        + "PROGRESS \u201d It is a punitive operation.", "\u201cIsn\u2019t it a wall?\u201d \u201d It is a punitive operation.", "video-cue");
    String quoted = "\u201cDONATE NOW! Tell Democrats: FINISH THE WALL.\u201d";
    assertCleans("Russia denied it.\n\nThe email also says so. " + quoted, "The Hill", "Russia denied it. The email also says so. "
        + quoted);
  }

  @Test
  void dropsAPublishersBlurbADatedUpdatesNoteAGluedLinkWithACommaALongCreditAndABiosSecondSentenceAndKeepsProseLikeThem() {
    String[][] chrome = {
        {"Jane Doe and John Roe co-founded The Daily Caller, one of America's fastest growing online news outlets.",
            "publisher-blurb"},
        {"Update, May 24: Adds information about a doctored video of the speaker.", "update-note"},
        {"Nearly 500 witnesses, 675 days:The inquiry by the numbers", "glued-link"},
        {"U.S. Attorney John Doe (United States Attorney's Office, District of Connecticut/Wikimedia)", "agency-credit"},
        {"Jane Doe is a professor of law at a university in New York. She is a co-founder of the law blog Some Blog and a "
            + "contributing editor to Lawfare.", "bio-then-books"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "Jane Doe co-founded the company, one of the largest in Russia, in 1998.",
        "Update: Adds to the list of sanctioned banks were made on Monday.",
        "He said, in short: No deal was ever made.",
        "Oleg Doe is a businessman in Moscow. He is a co-founder of the bank that lent the money.");
    assertCutsTo("CNBC", "\"I do believe this should be possible. \u2014Jane Doe, Jr.", "\"I do believe this should be possible.",
        "sign-off");
    assertCutsTo("Fox News", "\u201cIf you sin, the skies will not cooperate.\u201d \u2013 Jane Doe on \u201cSpecial Report\u201d",
        "\u201cIf you sin, the skies will not cooperate.\u201d", "roundup-credit");
  }

  @Test
  void cleansALineOfAHundredThousandWords() {
    // A rule that repeats a group once per word recursed once per word and overflowed the stack on such a line.
    String capitals = "KREMLIN ".repeat(100_000).strip();
    String mixed = "The Kremlin said ".repeat(30_000) + "no.";
    String buttons = "next Image 1 of 3 prev Image 2 of 3 ".repeat(20_000).strip();
    String text = "Russia expelled the diplomats.\n\n" + capitals + "\n\n" + mixed + "\n\n" + buttons + "\n\nMoscow said no.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(text, "Some Outlet");
    assertEquals(text.length(), cleaned.body().length());
    assertEquals(List.of(CAPITALS_HEADLINE), removed(cleaned, ArticleCleaner.Removed::rule));
  }

  @Test
  void aHeadlineInCapitalsThatOpensTheTextIsItsTitleAndOneBetweenParagraphsIsALink() {
    String text = "KREMLIN AND LONDON IN SECRET MOVE TO MEND TIES\n\nRussia expelled the diplomats.\n\n"
        + "TRUMP SAYS HE WILL MEET PUTIN IN HELSINKI NEXT MONTH\n\nMoscow said no.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "Some Outlet");
    assertEquals("KREMLIN AND LONDON IN SECRET MOVE TO MEND TIES", cleaned.title());
    assertEquals("Russia expelled the diplomats. Moscow said no.", prose(cleaned.body()));
    assertEquals(List.of(CAPITALS_HEADLINE), removed(cleaned, ArticleCleaner.Removed::rule));
  }

  @Test
  void aBodyLineRuleLeavesTheOpeningHeadlineAndALineRuleDropsIt() {
    String text = "BREAKING NEWS FROM MOSCOW\n\nRussia expelled the diplomats.\n\nBREAKING NEWS FROM MOSCOW\n\nMoscow said no.";
    ArticleCleaner body = new ArticleCleaner(List.of(new ChromeRule("banner", "chrome", "prefix", "BREAKING NEWS", "body-line")));
    ArticleCleaner.Cleaned spared = body.cleanWithTitle(text, "Some Outlet");
    assertEquals("BREAKING NEWS FROM MOSCOW", spared.title());
    assertEquals(List.of("banner"), removed(spared, ArticleCleaner.Removed::rule));
    assertEquals(List.of("banner", "banner"), removed(body.cleanBodyOnly(text, "Some Outlet"), ArticleCleaner.Removed::rule));

    ArticleCleaner line = new ArticleCleaner(List.of(new ChromeRule("banner", "chrome", "prefix", "BREAKING NEWS", "line")));
    ArticleCleaner.Cleaned dropped = line.cleanWithTitle(text, "Some Outlet");
    assertNull(dropped.title()); // the first line left is prose, not a headline
    assertEquals(List.of("banner", "banner"), removed(dropped, ArticleCleaner.Removed::rule));
  }

  @Test
  void dropsCaptionsPrintedTwiceAndKeepsProsePrintedTwice() {
    String gallery = "Russia expelled the diplomats.\n\n"
        + "The ministers meet in Geneva in March 2009.\n\nThe ministers meet in Geneva in March 2009.\n\n"
        + "Protesters gathered near the Kremlin after the vote.\n\nProtesters gathered near the Kremlin after the vote.\n\n"
        + "The ministry said more expulsions would follow.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(gallery, "Some Outlet");
    assertEquals("Russia expelled the diplomats. The ministry said more expulsions would follow.", prose(cleaned.body()));
    assertEquals(List.of(ArticleCleaner.DOUBLED_CAPTION), removed(cleaned, ArticleCleaner.Removed::rule).stream().distinct().toList());

    String credit = "Russia expelled the diplomats.\n\nJane Doe for The Outlet\n\nJane Doe for The Outlet\n\nMoscow said no.";
    assertEquals("Russia expelled the diplomats. Moscow said no.", prose(CLEANER.cleanBodyOnly(credit, "Some Outlet").body()));

    String prose = "Russia expelled the diplomats.\n\nThe ministry said more would follow.\n\n"
        + "The ministry said more would follow.\n\nMoscow said no.";
    assertEquals(prose, CLEANER.cleanBodyOnly(prose, "Some Outlet").body());
  }

  @Test
  void dropsALiveBlogStampAndAGluedDatelineButKeepsTheirSentences() {
    String text = "UPDATE 11:47 AM ET: Russia says it will respond.\n\nWASHINGTON—President Trump said he would wait.";
    String body = CLEANER.cleanBodyOnly(text, "Some Outlet").body();
    assertEquals("Russia says it will respond. President Trump said he would wait.", prose(body));
  }

  @Test
  void dropsWidgetsAndLabelsInsideALineButKeepsItsSentence() {
    String widget = "Russia must pay, said Senator Lindsey Graham Lindsey Olin GrahamSenate panel advances bill on Russia "
        + "Trump signs order on sanctions MORE (R-S.C.), adding that talks could wait.";
    assertEquals("Russia must pay, said Senator Lindsey Graham (R-S.C.), adding that talks could wait.",
        prose(CLEANER.cleanBodyOnly(widget, "The Hill").body()));
    assertEquals("Experts believe the talks will fail.", prose(CLEANER.cleanBodyOnly(
        "Experts believe the talks will fail. | Thibault Camus/AP Photo Foreign Policy Trump seeks a deal", "Politico").body()));
    assertEquals("Russia and the polls.", prose(CLEANER.cleanBodyOnly("Update at 8:30 p.m. ET. Russia and the polls.", "NPR").body()));
    assertEquals("Senate Judiciary Committee Chairman Chuck Grassley (R-Iowa) said Russia lied, and so did Robert Mueller.",
        prose(CLEANER.cleanBodyOnly("Senate Judiciary Committee Chairman Chuck Grassley Charles (Chuck) Ernest GrassleyIntel "
            + "watchdog pushes back GOP senator: Trump has changed presidency MORE (R-Iowa) said Russia lied, and so did Robert "
            + "Mueller Robert (Bob) Swan MuellerSpeier says inquiry shows a strong case MORE.", "The Hill").body()).replace(" .", "."));
    assertEquals("President Trump met Putin.", prose(CLEANER.cleanBodyOnly("Washington (CNN) President Trump met Putin.", "CNN").body()));
    assertEquals("Moscow may strike again. But you never know.",
        prose(CLEANER.cleanBodyOnly("Moscow may strike again. But you never know. - Jane Doe.", "Some Outlet").body()));
    String quoted = "“Russia will pay a price.” — President Jane Doe";
    assertEquals(quoted, CLEANER.cleanBodyOnly(quoted, "Some Outlet").body());
    assertEquals("Rubio has a long list of backers.", prose(CLEANER.cleanBodyOnly(
        "Rubio has a long list of backers. | Getty 2016 Cruz, Rubio line up to steal away Bush supporters", "Politico").body()));
    assertEquals("Russia denied it.” The ministry said more.",
        prose(CLEANER.cleanBodyOnly("Russia denied it.” Advertisement The ministry said more.", "Some Outlet").body()));
    assertEquals("— Flynn is forced to resign. Russia, if you’re listening.", prose(CLEANER.cleanBodyOnly(
        "— Flynn is forced to resign. archived recording (Donald Trump) Russia, if you’re listening.", "Some Outlet").body()));
    assertEquals("Special Counsel Robert Mueller’s report. Special Counsel Robert Mueller.", prose(CLEANER.cleanBodyOnly(
        "archived recording 2 Special Counsel Robert Mueller’s report. archived recording 3 Special Counsel Robert Mueller.",
        "The New York Times").body()));
  }

  @Test
  void dropsChromeAtTheEndOfAParagraphAndKeepsItsProse() {
    assertEquals("Russia denied it.", prose(CLEANER.cleanBodyOnly(
        "Russia denied it. The opinions expressed in these commentaries are solely those of the authors.", "Some Outlet").body()));
    assertEquals("She is the author of a book on Russia.", prose(CLEANER.cleanBodyOnly(
        "She is the author of a book on Russia. Follow Her on Twitter @JaneDoe.", "Some Outlet").body()));
    assertEquals("The envoy spoke to reporters.", prose(CLEANER.cleanBodyOnly("The envoy spoke to reporters. Shares", "Some Outlet").body()));
    assertEquals("The talks began with a former aide, George Papadopoulos, and a diplomat.", prose(CLEANER.cleanBodyOnly(
        "The talks began with a former aide, George PapadopoulosGeorge Demetrios PapadopoulosThe Outlet's Report: Talks fail "
            + "MORE, and a diplomat.", "The Hill").body()).replace(" ,", ","));
  }

  @Test
  void dropsAReadingListToTheEndAndANoteOfAnUpdateAfterADash() {
    String text = "Americans will continue to be affected.\n\n\u2014 This report was updated at 2:19 p.m.\n\n--This story was "
        + "updated on Oct. 16 at 8:29 a.m.\n\nThe sanctions list was updated in May.\n\nFurther reading\n\n"
        + "How the oil and gas boom is changing America.\n\nThe Keystone XL pipeline controversy, explained.";
    assertEquals("Americans will continue to be affected. The sanctions list was updated in May.",
        prose(CLEANER.cleanBodyOnly(text, "Some Outlet").body()));
    assertEquals("He gave the further reading of the bill on Tuesday. Russia denied it.", prose(CLEANER.cleanBodyOnly(
        "He gave the further reading of the bill on Tuesday.\n\nRussia denied it.", "Some Outlet").body()));
  }

  @Test
  void dropsARelatedStoriesBoxAndAQuotationsDatedSourceThatEndAParagraph() {
    String text = "The impetus for change comes from the pews. Related Stories The Man Who Couldn\u2019t Take It Anymore\n\n"
        + "\"Do not attack Syria!\" \u2014 Sept. 5, 2013, in a tweet.\n\n\u201cWe have other threats.\u201d \u2014 March 27, 2016, on "
        + "ABC's This Week\n\nRelated stories were not published. The vote came \u2014 Sept. 5, 2013, in a tweet \u2014 too late.";
    assertEquals("The impetus for change comes from the pews. \"Do not attack Syria!\" \u201cWe have other threats.\u201d Related "
        + "stories were not published. The vote came \u2014 Sept. 5, 2013, in a tweet \u2014 too late.",
        prose(CLEANER.cleanBodyOnly(text, "Some Outlet").body()));
  }

  @Test
  void dropsARelatedAudiosPlayerWithItsRunningTime() {
    String text = "Politics The Evolution Of Rudy Giuliani The Evolution Of Rudy Giuliani Listen \u00b7 6:13 6:13\n\n"
        + "Energy Rick Perry Draws Scrutiny Listen \u00b7 4:05\n\n"
        + "Listen to the 6:13 call, he said. Lavrov spoke at 4:05.";
    assertCleans(text, "Some Outlet", "Listen to the 6:13 call, he said. Lavrov spoke at 4:05.", "audio-duration", "audio-duration");
  }

  @Test
  void dropsACallToClickTheLinksBelowAndKeepsTheParagraphsProse() {
    String text = "Russia denied it. The posts are collected here. Or, you can click on these headlines:\n\nMore talks";
    assertEquals("Russia denied it. The posts are collected here. More talks",
        prose(CLEANER.cleanBodyOnly(text, "Some Outlet").body()));
  }

  @Test
  void dropsAWiresCreditsThatEndAParagraphAndKeepsItsSentences() {
    String text = "Russia denied it. Doe reported from Moscow. Roe and Poe reported from Kyiv, Ukraine. "
        + "Associated Press writers around the world contributed, including Jane Roe in Kyiv; and John Poe in London.";
    assertEquals("Russia denied it.", prose(CLEANER.cleanBodyOnly(text, "Associated Press").body()));
    String staff = "The talks failed. Staff writer Jane Doe contributed to this report from Moscow, and contributor John Roe "
        + "from Kyiv and Kharkiv.";
    assertEquals("The talks failed.", prose(CLEANER.cleanBodyOnly(staff, "Some Outlet").body()));
  }

  @Test
  void dropsASoundCueInsideALineAndKeepsAnEditorsInsertion() {
    assertEquals("A convoy was struck by an airstrike.",
        prose(CLEANER.cleanBodyOnly("[EXPLOSION] A convoy was struck by an airstrike.", "Some Outlet").body()));
    assertEquals("“They [NATO] are expanding,” he said.",
        prose(CLEANER.cleanBodyOnly("“They [NATO] are expanding,” he said.", "Some Outlet").body()));
  }

  @Test
  void dropsLinkLabelsBiosInAppositionSignaturesAndTweetPictureLinksAndKeepsSourcesWordsLikeThem() {
    String text = "STORY: Kremlin rejects the envoy's offer\n\n"
        + "STORY:G7 to weigh more Russia sanctions\n\n"
        + "Jane Roe, a CNN political commentator, was the State Department spokeswoman. Follow her on Twitter.\n\n"
        + "\u2014 John Doe, a contributing editor of National Review, is a former federal prosecutor.\n\n"
        + "[The senator first proposed the ban in December. \u2014 Jane Roe]\n\n"
        + "\"Police seek a gray car. Do not approach. pic.twitter.com/AbC123xYz.\"\n\n"
        + "Ivan Petrov, an analyst at a Moscow think tank and a columnist, was also sceptical of the deal.\n\n"
        + "Story: the envoy's offer, in his own words, was never made in writing.\n\n"
        + "\u201cWe will not leave.\u201d \u2014 President Putin";
    assertCleans(text, "Some Outlet", "[The senator first proposed the ban in December. "
        + "\"Police seek a gray car. Do not approach. \" " // a span is blanked in place, so offsets hold
        + "Ivan Petrov, an analyst at a Moscow think tank and a columnist, was also sceptical of the deal. "
        + "Story: the envoy's offer, in his own words, was never made in writing. "
        + "\u201cWe will not leave.\u201d \u2014 President Putin",
        "label-colon-link", "glued-link", "bio-with-note", "appositive-bio", "sign-off", "tweet-picture-link");
  }

  @Test
  void dropsChromeThatNamesTheArticlesOwnOutletByAnyOfItsNames() {
    String body = "Russia expelled the diplomats.";
    String[][] chrome = {
        {"CNN", "Jane Doe is CNN's national security analyst and a fellow at a think tank."},
        {"The Guardian", "• Jane Doe is a Guardian columnist"},
        {"National Review", "— John Doe is a senior fellow at the National Review Institute and a contributing editor of National Review."},
        {"Breitbart", "John B. Doe is Senior Editor-at-Large at Breitbart News. Follow him on Twitter at @johndoe."},
        {"CNN", "Jane Doe is former communications director for Rep. John Roe, R-California, and a CNN political commentator."},
        {"The Christian Science Monitor", "Jane Doe/The Christian Science Monitor Protesters march in Moscow on Sunday."},
        {"USA Today", "Senators question the envoy Senators asked the envoy about Russia on Tuesday. USA TODAY"}};
    for (String[] outletAndLine : chrome) {
      String text = body + "\n\n" + outletAndLine[1];
      assertEquals(body, prose(CLEANER.cleanBodyOnly(text, outletAndLine[0]).body()), outletAndLine[1]);
    }
    String[][] kept = {
        {"CNN", "Sergei Lavrov is Russia's foreign minister."},
        {"CNN", "Dmitry Peskov is Putin's spokesman. He told CNN's chief correspondent that the talks would go on."},
        {"Fox News", "Jane Doe is CNN's national security analyst and a fellow at a think tank."},
        {"Fox News", "Senators asked the envoy about Russia on Tuesday, the network said. CNN"},
        {"USA Today", "Lavrov spoke to USA TODAY."},
        {null, "Jane Doe/The Christian Science Monitor Protesters march in Moscow on Sunday."}};
    for (String[] outletAndLine : kept) {
      String text = body + "\n\n" + outletAndLine[1];
      assertEquals(text, CLEANER.cleanBodyOnly(text, outletAndLine[0]).body(), outletAndLine[1]);
    }
  }

  @Test
  void anOutletsOwnRuleIsForThatOutletOnly() {
    String text = "Russia expelled the diplomats.\n\nContent created by The Daily Caller News Foundation is available without charge.";
    assertEquals("Russia expelled the diplomats.", CLEANER.cleanBodyOnly(text, "The Daily Caller").body().strip());
    assertEquals(text, CLEANER.cleanBodyOnly(text, "Some Outlet").body());
  }

  @Test
  void aDatelineOrAWritersNameAboveTheStoryGoesOnlyWhereTheBodyOpens() {
    assertCleans("Washington\n\nIs it just me, or is the capital in a mood?", "The American Spectator",
        "Is it just me, or is the capital in a mood?", "opening-kicker");
    assertCleans("Mary Ann Doe\nUSA TODAY\nWASHINGTON — The Senate voted.", "USA Today", "The Senate voted.",
        "opening-kicker", "masthead", "city-dateline");
    // The same words further down are a subheading, and an opening line with a stop is a sentence.
    assertCleans("The talks went on.\n\nWashington\n\nThe Senate voted.", null,
        "The talks went on. Washington The Senate voted.");
    assertCleans("Russia responds.\n\nThe Kremlin said no.", null, "Russia responds. The Kremlin said no.");
    assertCleans("Hey.\n\nAll right.", null, "Hey. All right.");
    assertCleans("Moscow and the\nwider region braced for sanctions.", null, "Moscow and the wider region braced for sanctions.");

    ArticleCleaner.Cleaned titled = CLEANER.cleanWithTitle("Putin's long game\nMoscow\nThe Kremlin waited.", null);
    assertEquals("Putin's long game", titled.title());
    assertEquals("The Kremlin waited.", prose(titled.body()));
    assertEquals(List.of("opening-kicker"), removed(titled, ArticleCleaner.Removed::rule));
  }

  @Test
  void writersNamesAboveTheStoryGoAndAHeadingOfTwoWordsStays() {
    assertCleans("Kevin Doe and Brad Roe\nPaul Manafort pleaded guilty Friday.", "USA Today",
        "Paul Manafort pleaded guilty Friday.", "opening-writers");
    assertCleans("Jane Doe, Kim Roe, and Lori Poe\nThe senators met.", null, "The senators met.", "opening-writers");
    assertCleans("The talks went on.\n\nAlec MacGillis\n\nHe ran twice.", "Vox", "The talks went on. He ran twice.",
        "name-only");
    // Further down, names joined by "and" are a heading; a heading that opens with "The" is never a name.
    assertCleans("The talks went on.\n\nDonald Trump and Vladimir Putin\n\nThey met.", null,
        "The talks went on. Donald Trump and Vladimir Putin They met.");
    assertCleans("The talks went on.\n\nThe Whitewash\n\nThey met.", null, "The talks went on. The Whitewash They met.");
  }

  @Test
  void aSignUpBoxAndAContactAddressAfterABioGo() {
    assertCleans("Russia expelled the diplomats.\n\nThe Brief: our sharpest takes, every day. We "
        + "encountered an issue signing you up. Please try again. Please enable javascript to use form. Email address:",
        "Slate", "Russia expelled the diplomats.", "signup-form-error");
    assertCleans("Russia expelled the diplomats.\n\nJane Doe is a former prosecutor who practices law in Philadelphia. "
        + "She blogs at example.net and may be reached via email at jane@example.com.", null,
        "Russia expelled the diplomats.", "contact-email");
    assertCleans("Readers were asked to enable JavaScript to use the form.\n\nA deal can be reached, he said.", null,
        "Readers were asked to enable JavaScript to use the form. A deal can be reached, he said.");
  }

  @Test
  void aRoundUpItemsSourceInBracketsGoesWhenItIsAKnownOutlet() {
    assertCleans("She “followed their recommendations in this restructure” (The Hill).", "The Hill",
        "She “followed their recommendations in this restructure” .", "roundup-source");
    assertCleans("The Senate failed to override the vetoes (the Washington Post)", null,
        "The Senate failed to override the vetoes", "roundup-source");
    for (String kept : new String[] {"He joined the North Atlantic Treaty Organization (NATO).",
        "Rep. Zoe Lofgren (Calif.) voted no.", "The law was passed in Austin (Texas).",
        "The Hill (where Congress sits) was quiet."}) {
      assertCleans(kept, null, kept);
    }
    String text = "She spoke to reporters (The Hill).";
    ArticleCleaner withoutOutlets = new ArticleCleaner(List.of(new ChromeRule("roundup-source", "credit", "regex",
        "\\s*\\({any-outlet}\\)(?=[.!?]?\\s*$)", "span")));
    assertEquals(text, withoutOutlets.cleanBodyOnly(text, "The Hill").body(), "no outlets' table, no outlet known");
  }

  @Test
  void promotionsLivePromptsAndHeadlinesAfterADoubleHyphenGo() {
    String body = "The Fed cut rates.";
    assertCleans(body + "\n\nTUNE IN: Don't miss our live coverage of the vote at 2 p.m. ET Wednesday.", "Fox News", body,
        "tune-in-promo");
    assertCleans("Follow along for live updates:\n\n" + body, "USA Today", body, "live-updates-prompt");
    assertCleans(body + "\n\n-- Fact Checkers Say Some Of Ryan's Claims Don't Add Up.\n\n-- Retell Politics: Story About "
        + "Obama's Mother Gets Another Look.", "NPR", body, "bulleted-headline", "bulleted-headline");
    for (String kept : new String[] {"Tune in to Thursday night's debate and you'll notice one very big elephant.",
        "Follow the money, the senator said.", "-- Sen. Ted Cruz, R-Texas.",
        "-- President Jimmy Carter objected to the bill in 1979 because it funded a carrier."}) {
      assertCleans(body + "\n\n" + kept, null, body + " " + kept);
    }
  }

  @Test
  void pointersToOtherStoriesAndAPhotosCreditAsASentenceGo() {
    String body = "The plane's black boxes were recovered.";
    assertCleans(body + "\n\n[New at Fox News Opinion: We cannot strike Syria without a strategy]", "Fox News", body,
        "bracketed-link");
    assertCleans(body + "\n\n(You can read our fact check of the speech here.)", "NPR", body, "read-it-here");
    assertCleans(body + "\n\nPhoto released by Egypt's Ministry of Civil Aviation.", "CNN", body, "photo-released");
    assertCleans("We live-blogged as he spoke. Scroll down and read \"up\" to see how it went.", "NPR",
        "We live-blogged as he spoke.", "scroll-prompt");
    for (String kept : new String[] {"[The senator] said no.", "You can read our fact check of the speech here, he said.",
        "The photo released by the ministry showed the wreckage.", "Readers scroll down their feeds. Few stop."}) {
      assertCleans(body + "\n\n" + kept, null, body + " " + kept);
    }
  }

  @Test
  void dropsAPagesDateAloneOnItsLineAndABylineWithTheWritersRole() {
    // A date without its weekday, month first, heads a timeline's entry: a subheading, which stays.
    assertCleans("Russia expelled 23 British diplomats.\n\nWednesday 14 March 2018\n\n"
        + "By Steve Rosenberg BBC Moscow correspondent\n\n14 March 2018\n\nWednesday, March 14, 2018\n\n"
        + "March 14, 2018\n\nThe talks were held on March 14, 2018 in Geneva.\n\nBy March 2018, relations were at a "
        + "low.\n\nBy Putin standards the reply was mild.\n\nApril 2016\n\nMay 2018 was quieter.", null,
        "Russia expelled 23 British diplomats. March 14, 2018 The talks were held on March 14, 2018 in Geneva. "
            + "By March 2018, relations were at a low. By Putin standards the reply was mild. April 2016 May 2018 was quieter.",
        "date-only", "byline-by", "date-only", "date-only");
  }

  @Test
  void dropsThePromptsBoxesAndCreditsAroundABritishStoryByTheirKind() {
    String body = "Russia expelled 23 British diplomats.";
    String[][] chrome = {
        {"Read about our approach to external linking.", "external-links-note"},
        {"Have you been affected by the expulsions? Share your experiences by emailing news@example.com.", "call-out"},
        {"Please include a contact number if you are willing to speak to a journalist.", "call-out"},
        {"You may also be interested in:", "links-heading"},
        {"Contact author", "section-label"},
        {"Premium", "section-label"},
        {"Skip YouTube post by Some Channel", "embed-consent"},
        {"Warning: Third party content may contain adverts", "embed-consent"},
        {"Since you're here …", "contribution-appeal"},
        {"@somehandle", "handle-only"},
        {"Listen to our podcast", "podcast-promo"},
        {"Slideshow (2 Images)", "gallery"},
        {"All quotes delayed a minimum of 15 minutes.", "market-notice"},
        {"Report ad", "advertisement"},
        {"Composite: Some Design", "graphic-credit"},
        {"Guardian graphic. Source: Ministry of Defence", "graphic-credit"},
        {"Telegraph Foreign Staff", "staff-byline"},
        {"Staff and agencies", "staff-byline"},
        {"Our new weekly Moscow newsletter is sent every Monday.", "newsletter-box"},
    };
    for (String[] line : chrome) {
      assertCleans(body + "\n\n" + line[0], null, body, line[1]);
    }
    for (String kept : new String[] {"Residents affected by the floods were moved.",
        "Since you're here, the minister told the visitors, you may as well stay.",
        "You may also be interested to know that Moscow agreed.", "The graphic showed Russian troop movements.",
        "The premium was paid in roubles.", "Staff and agencies were evacuated.", "The slideshow showed the parade.",
        "All quotes in this article were translated.", "She read about our approach to Moscow.",
        "Foreign Staff Sergeant John Smith was named."}) {
      assertCleans(body + "\n\n" + kept, null, body + " " + kept);
    }
  }

  @Test
  void dropsACaptionWithItsCreditAVideosTitleAndItsLengthAndANamesPopUp() {
    String body = "Russia expelled 23 British diplomats.";
    assertCleans(body + "\n\nThe speech capped a unifying convention. | Jane Doe for POLITICO Downsizing the dream", "Politico",
        body, "credit-for-then-headline");
    assertCleans(body + "\n\nEnergy Some Secretary Defends The Plan For Coal Plants Some Secretary Defends The Plan For "
        + "Coal Plants 3:35", null, body, "related-audio-title");
    assertCleans(body + "\n\nBy day, he is a lawyer, but by night, a long-haired rocker. YouTube", null, body,
        "caption-platform-credit");
    assertCleans("A White House official said chief of staff John Kelly John Francis KellyMORE called Tillerson on Friday.",
        null, "A White House official said chief of staff John Kelly called Tillerson on Friday.", "related-links-widget");
    for (String kept : new String[] {"The talks ended at 3:35", "The Plan Failed The Plan Failed 3:35",
        "The clip was first posted to YouTube", "He said so in a video. It is on YouTube.",
        "Ministers met Jane Doe for POLITICO readers at 3 | 4 sessions."}) {
      assertCleans(body + "\n\n" + kept, "Vox", body + " " + kept);
    }
    String credit = "The speech capped a unifying convention. | Jane Doe for POLITICO";
    assertCleans(body + "\n\n" + credit, "Vox", body + " " + credit);
  }

  @Test
  void aRuleThatAsksForACapitalWhereItIsCaseBlindIsRefused() {
    // Java matches \p{Lu} under (?i) in either case: "By pandering to fears, ..." was once a byline.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChromeRule("blind", "credit", "regex", "(?i)^by \\p{Lu}\\p{L}+$", "line"));
    assertTrue(e.getMessage().startsWith("chrome rule blind: \\p{Lu} at 8 is under (?i)"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ChromeRule("blind", "credit", "regex", "^(?i:by [\\p{Lu}-]+)$", "line"));
    assertThrows(IllegalArgumentException.class,
        () -> new ChromeRule("blind", "credit", "regex", "^(?:x|(?i)by \\p{Ll}+)$", "line"));
    for (String seeing : new String[] {"(?i)^by (?-i:\\p{Lu}\\p{L}+)$", "^(?i:by) \\p{Lu}\\p{L}+$",
        "^(?:(?i)by) \\p{Lu}+$", "(?i)^by \\Q\\p{Lu}\\E$", "(?i)^by [\\\\]p\\{Lu\\}$"}) {
      new ChromeRule("seeing", "credit", "regex", seeing, "line");
    }
  }

  @Test
  void aSpanRuleNeedsARegex() {
    assertThrows(IllegalArgumentException.class, () -> new ChromeRule("bad", "chrome", "prefix", "x", "span"));
    assertThrows(IllegalArgumentException.class, () -> new ChromeRule("bad", "chrome", "prefix", "x", "page"));
    new ChromeRule("good", "chrome", "prefix", "x", "opening-line");
  }

  @Test
  void dropsTheHeadlinesUnderALinksHeadingUpToTheNextSentenceAndKeepsAListAfterAColonInProse() {
    String text = "The aide noted the issue.\n\nMore G-20 coverage:\n\n"
        + "'I will be going to London,' Trump says in meeting with U.K. Prime Minister May\n\n"
        + "Trump pushes Putin on election interference\n\n"
        + "President Trump himself is using the summit.\n\n"
        + "The sanctions cover:\n\nSberbank\n\nVTB Bank\n\nThey take effect on Monday.";
    assertCleans(text, "Some Outlet", "The aide noted the issue. President Trump himself is using the summit. "
        + "The sanctions cover: Sberbank VTB Bank They take effect on Monday.",
        "links-heading", "links-heading", "links-heading");
  }

  @Test
  void dropsANewslettersContentsWhoseItemsComeBackAsHeadingsAndKeepsABulletedList() {
    String text = "Buzz Cut:\n\n\u2022 Clintons seek to show new vigor\n\n\u2022 Sasse looks to fill Coburn\u2019s shoes\n\n"
        + "CLINTONS SEEK TO SHOW NEW VIGOR\n\nIt is a big day.\n\nSASSE LOOKS TO FILL COBURN\u2019S SHOES\n\nHe spoke.\n\n"
        + "\u2022 Sanctions on five banks\n\n\u2022 A travel ban\n\nA travel ban was the first step.";
    // the headings in capitals go by their own rule, as links between paragraphs do
    assertCleans(text, "Some Outlet", "Buzz Cut: It is a big day. He spoke. \u2022 Sanctions on five banks "
        + "\u2022 A travel ban A travel ban was the first step.",
        CAPITALS_HEADLINE, CAPITALS_HEADLINE, "contents-list", "contents-list");
    String runIn = "\u2022 Navigators not trained, committing fraud\n\n\u2022 A travel ban\n\n"
        + "NAVIGATORS NOT TRAINED, COMMITTING FRAUD - A House report found it.\n\nA TRAVEL BANNER WAS HUNG.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanBodyOnly(runIn, "Some Outlet");
    // the run-in heading itself goes by its own rule, as a kicker in capitals does
    assertEquals("\u2022 A travel ban A House report found it. A TRAVEL BANNER WAS HUNG.", prose(cleaned.body()));
    assertEquals(1, removed(cleaned, ArticleCleaner.Removed::rule).stream().filter("contents-list"::equals).count());
  }

  @Test
  void dropsAWritersBioThatNamesTheBylineAndKeepsASubheadingsFirstLineAndOtherPeople() {
    String bio = "Jane Roe\n\nRussia's offer was a trap. The talks failed.\n\n"
        + "Jane Roe is associate professor at a law school, where she teaches security law. She is also a fellow at an "
        + "institute.\n\nIvan Petrov is a professor at a Moscow university.";
    assertCleans(bio, "Some Outlet", "Russia's offer was a trap. The talks failed. "
        + "Ivan Petrov is a professor at a Moscow university.", "name-only", "writer-bio");
    String explainer = "Who is who.\n\nIvan Petrov\n\nIvan Petrov is one of the most curious characters in the inquiry.\n\n"
        + "He denies it.\n\nIvan Petrov has been in Moscow since 2016.";
    assertCleans(explainer, "Some Outlet", "Who is who. Ivan Petrov is one of the most curious characters in the "
        + "inquiry. He denies it. Ivan Petrov has been in Moscow since 2016.", "name-only");
  }

  @Test
  void dropsTheWidgetAfterANamePrintedAgainInFullWithASpaceBeforeItsHeadlines() {
    String text = "While some Republicans such as Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to "
        + "a plan Governor and family dress up MORE (Wis.) are vowing to revisit it, Paul Ryan Jr. and Paul Ryan spoke.";
    assertEquals("While some Republicans such as Speaker Paul Ryan (Wis.) are vowing to revisit it, Paul Ryan Jr. and Paul "
        + "Ryan spoke.", prose(CLEANER.cleanBodyOnly(text, "The Hill").body()));
  }

  @Test
  void dropsBritishPagesChromeOfMoreKindsAndKeepsProseLikeIt() {
    String[] chrome = {
        "Skip Twitter post by Foreign, Commonwealth & Development Office", "View original tweet on Twitter",
        "Guardian staff and agencies", "Reuters in Moscow", "Shares 2,417", "Tweet Share this Email Print",
        "View more sharing options", "WhatsApp: +44 7555 000000",
        "Are you a Russian living in the UK? Share your experiences by emailing us.",
        "Edited by Jane Doe", "Analysis by Jane Doe, security correspondent", "All times stated are UK",
        "Presentational grey line", "Russia denies involvement in the attack \u2013 video",
        "Reuters TV: Russia vows to retaliate", "Source: Reuters", "Suspects named as intelligence officers Read more",
        "7:45PM GMT 21 Nov 2014", "March 12, 2018 / 7:12 PM / Updated 6 hours ago", "Wed Mar 6, 2013 3:45pm GMT",
        "Updated 12 March 2018 \u2022 9:46pm",
        "We urge you to turn off your ad blocker for the website so that you can continue to access our content.",
        "Putin attends a meeting in Moscow, March 16, 2018. Sputnik/Kremlin via REUTERS ATTENTION EDITORS - THIS IMAGE "
            + "WAS PROVIDED BY A THIRD PARTY.",
        "Slideshow ( 2 images )", "For a factbox on Britain's options, click",
        "GRAPHIC - Tit-for-tat expulsions: tmsnrt.rs/2GxQW9e",
        "(This version of the story adds comments from the Kremlin in paragraphs 6-8)",
        "Apps Newsletters Advertise with Us Advertising Guidelines Cookies Terms of Use Privacy",
        "Support the Guardian \u2013 it only takes a minute. Thank you.",
        "Comments on this piece are premoderated to ensure discussion remains on topic.", "Key events", "Read more about:",
        "Load more updates", "Image 1 of 12", "Play! 01:48", "Video, Inside the flat, Duration 3 minutes 12 seconds",
        "To continue reading this article, subscribe now", "This discussion is now closed for comments.",
        "Our commenting policy: please keep comments respectful.", "Upload your pictures / video here",
        "Live Reporting Edited by Jane Doe", "\u2022 Sign up for the daily email here", "Read more about: Vladimir Putin Russia",
        "UPDATE 3-Russia to expel British diplomats", "Graphic: Russia's reserves - tmsnrt.rs/2Kq7XbA",
        "(For a factbox on sanctions against Russia, click)", "Reuters TV",
        "Salisbury spy attack: What we know so far 14 March 2018", "More from World News",
        "Video, 00:02:14Inside the closed town", "Summary", "Show 12 newer updates", "Or use the form below",
        "That's it from me for today \u2013 thanks for reading and for all your comments.",
        "Our live coverage has now ended. Thank you for following.",
        "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
        "This story is adapted from a piece by BBC Russian. You can read the original in Russian here.",
        "Jane Doe, John Roe in Moscow and agencies", "By Jane Doe in Simferopol",
        "Our reporting from Moscow costs more than ever to produce, and we want to keep it open to every reader.",
        "Daily Today: the headlines, the analysis, the debate \u2013 sent direct to you",
        "Try one month free, then just \u00a32 a week. Cancel anytime.", "1,532 Comments",
        "Join the conversation: please keep comments respectful and on topic. See our commenting policy.",
        "(The author is a Breakingviews columnist. The opinions expressed are her own.)",
        "For previous columns by the author, customers can click on [HOLBORN/]",
        "((moscow.newsroom@example.com; +7 495 000 0000))",
    };
    String[] outlets = {"BBC News", "The Guardian", "The Daily Telegraph", "Reuters"};
    for (String line : chrome) {
      for (String outlet : outlets) {
        assertEquals("Russia denied it.", prose(CLEANER.cleanBodyOnly("Russia denied it.\n\n" + line, outlet).body()),
            line + " (" + outlet + ")");
      }
    }
    assertEquals("Russia denied it.", prose(CLEANER.cleanBodyOnly("Russia denied it.\n\nDiscover Thomson Reuters", "Reuters").body()));
    String[] prose = {
        "Written by Tolstoy in 1869, the novel is still read in Moscow.", "Reuters in Moscow reported the figures.",
        "Source: a senior official, who asked not to be named.", "March 14, 2018",
        "Are you surprised? Many diplomats were.", "Share prices in Moscow fell 4% on Monday.",
        "He said the ad blocker was not to blame.", "(The Kremlin denies this.)",
        "The Times reports:", "Comments 12 and 13 of the report were about Russia.",
        "Analysis by the Foreign Office found no link.", "The video showed the attack \u2013 and its aftermath.",
        "All times, he said, are hard.", "7:45PM was when the first call came.",
        "To continue reading the report, officials needed clearance.", "Follow the money, he said.",
        "The update came on 14 March 2018.", "Image 1 of the dossier showed a flat in Moscow.",
        "Upload your files, the hackers wrote.", "Play resumed at 3:45.",
        "Thanks to live coverage, viewers saw the attack.", "The author is a former KGB officer, the publisher said.",
        "Summary executions were reported in the town.", "By Monday in Moscow the talks had failed.",
        "Listen to the people of Crimea, he said.", "10.30 a.m. was the deadline set by the court.",
    };
    for (String line : prose) {
      for (String outlet : outlets) {
        assertEquals(line, prose(CLEANER.cleanBodyOnly(line, outlet).body()), line + " (" + outlet + ")");
      }
    }
  }

  @Test
  void dropsARoundUpsEntryHeadingAVideosCreditADownloadLinkAndACollapseButtonAndKeepsLinesLikeThem() {
    String roundUp = "The debate is over.\n\nJane Roe: Trump's strategy -- Attack, attack, attack\n\nJane Roe\n\n"
        + "His behavior was cringe worthy.\n\nVladimir Putin: the years in power\n\nHe took office in 2000.";
    assertCleans(roundUp, "Some Outlet", "The debate is over. His behavior was cringe worthy. Vladimir Putin: the years in "
        + "power He took office in 2000.", "name-only", "writer-bio");
    // The heading's byline may stand anywhere when the words after its colon read like a headline; a transcript's line
    // that ends with a full stop is the speaker's, and stays.
    String byLineBelow = "The debate is over.\n\nJane Roe: Can the US beat ISIS without helping its foes?\n\nThe plan is bold."
        + "\n\nJane Roe: I think the plan is bold, and I said so.\n\nThe plan may fail.\n\nJane Roe";
    assertCleans(byLineBelow, "Some Outlet", "The debate is over. The plan is bold. Jane Roe: I think the plan is bold, and I "
        + "said so. The plan may fail.", "name-only", "writer-bio");
    assertCleans("Parnas spoke.\n\nParnas: 'I'll be vindicated' Two associates were arraigned Wednesday. (Oct. 23) AP Domestic",
        "Some Outlet", "Parnas spoke.", "video-embed-credit");
    assertCleans("Read it below:\n\nReport 2019 Final Public Download (PDF)", "Some Outlet", "Read it below:", "document-download");
    assertCleans("Collapse How coronavirus will change US\n\nAmerica fights on.", "Some Outlet", "America fights on.",
        "collapse-label");
    assertCleans("The tone was born of necessity. | Win McNamee/Pool via AP Trump offers same policies", "Some Outlet",
        "The tone was born of necessity.", "credit-then-headline");
    for (String kept : new String[] {"The talks ended (Oct. 23) in Geneva.", "Expand the sanctions, he urged.",
        "Download the report (PDF) here, the ministry said."}) {
      assertCleans(kept, "Some Outlet", kept);
    }
  }

  @Test
  void dropsAReadingListsTitlesAHiddenAddressesContactALatestLinkAndALongBioAndKeepsProseLikeThem() {
    String body = "Russia denied it.";
    String[][] chrome = {
        {"\"Tulsi Gabbard Is Anti-War but Not Pro-Peace,\" by Jane Doe", "linked-title-by"},
        {"\u201cStossel: A Full Interview,\u201d by John Roe and Jane Doe", "linked-title-by"},
        {"\u2022 Jane Doe can be reached at [email protected]; follow her on Twitter.", "protected-email"},
        {"Have a tip we should know? [email protected]", "protected-email"},
        {"Latest: San Bernardino iPhone battle rages", "read-more"},
        {"Three siblings from El Salvador, the eldest on the right, the youngest in the centre and their cousin beside them, "
            + "huddle together early on a cold April morning on a soccer field at a sports club in a small town of Oaxaca "
            + "state in Mexico, where hundreds of Central American migrants travelling north with the annual caravan are "
            + "camped while they wait for transit papers that would let them go on to the border. (Photo: Jane Doe, AP)",
            "photo-credit-parenthesis"},
        {"Jane A. Doe is a senior fellow of the Center for Strategy and Security at a council and its Foresight, Strategy, "
            + "Risks Initiative. She served as a senior counselor to the undersecretary of state for global affairs from 2001 "
            + "to 2004, as a member of the Department of State Policy Planning Staff from 2004 to 2008, and on the National "
            + "Intelligence Council Strategic Futures Group, 2008-2012. Follow her on Twitter @janedoe.", "columnist-bio"},
    };
    for (String[] line : chrome) {
      assertCleans(body + "\n\n" + line[0], "Some Outlet", body, line[1]);
    }
    for (String kept : new String[] {"\u201cWe will respond,\u201d by Friday, officials said.",
        "Using \u201c[email protected]\u201d for your password is not really a password.",
        "The latest: talks resumed in Geneva on Monday.", "He posted a picture (photo: his own) of the parade."}) {
      assertCleans(body + "\n\n" + kept, "Some Outlet", body + " " + kept);
    }
  }

  @Test
  void cutsAStoryLabelFromItsOpeningSentenceAndDropsABioInAppositionAndKeepsPeopleQuotedLikeThem() {
    assertCutsTo("Some Outlet", "EXCLUSIVE: The conference opens on Wednesday around one theme.",
        "The conference opens on Wednesday around one theme.", "story-label");
    assertCutsTo("Some Outlet", "UPDATE: 1:21 PM ET: The crowd reached the square.",
        "The crowd reached the square.", "story-label");
    assertCutsTo("Some Outlet", "UPDATE: 3/5/2017 2:41 am", "", "story-label");
    assertCutsTo("Some Outlet", "Story highlights The president said his ambitions have not diminished",
        "The president said his ambitions have not diminished", "highlights-label");
    assertCutsTo("Some Outlet", "Summary: Talks in Geneva ended without a deal.",
        "Talks in Geneva ended without a deal.", "highlights-label");
    String[][] bios = {
        {"Jane Q. Doe, a member of USA TODAY's Board of Contributors and author of \"A Book: Its Subtitle,\" has taught at "
            + "the National Defense University and served in the office of the secretary of Defense.", "appositive-bio"},
        {"John Doe, a CNN political commentator and fellow at an institute, served as the White House communications "
            + "director during the Obama administration.", "appositive-bio"},
        {"Jane Doe, a former U.S. ambassador to the United Nations, is a senior fellow at an institute and author of "
            + "\u201cA Book\u201d (A Press, 2007).", "appositive-bio"},
    };
    assertDropsAndKeeps("Some Outlet", bios,
        "John Doe, a senior fellow at the Brookings Institution, said she is a leader who works hard.",
        "Jane Doe, a former Clinton adviser and CNN contributor, said the sanctions, which took a year, are a first step.",
        "John Doe, the author of a book on Russia, is not just another hardworking journalist.",
        "Jane Doe, a Washington Post columnist, is among those who doubt the summit will help.",
        "New: the ministry said its figures were final.", "Key points of the deal were left open.",
        "Summary executions were reported in the town.",
        "The update: talks resumed in Geneva on Monday.");
  }

  @Test
  void dropsMoreKindsOfBritishChromeAndKeepsAReportByAnOutletAndOtherProseLikeThem() {
    String[][] chrome = {
        {"26 March 2012 Last updated at 14:02 GMT", "page-timestamp"},
        {"From the section Europe", "page-widget"},
        {"Facebook icon Twitter icon WhatsApp icon Email icon", "page-widget"},
        {"Share on Facebook Share on Twitter Share via Email Share on LinkedIn Share on WhatsApp", "share-buttons"},
        {"Why you can trust BBC News", "outlet-about"},
        {"Analysis box by Jane Doe, diplomatic correspondent", "box-credit"},
        {"Topics Russia Sergei Skripal Vladimir Putin Europe news", "topics-inline"},
        {"I'm now handing over to my colleague Jane Doe.", "live-handover"},
        {"'Highly likely' Russia behind the attack, says May \u2013 video", "media-title"},
        {"Play Video 2:17", "media-duration"},
        {"Video 1:54 Russia denies role in ex-spy poisoning", "media-duration"},
        {"A Podcast Name Salisbury: two years on 00:00 00:00 Listen", "media-duration"},
        {"\u2022 Jane Doe is a former British diplomat and now a senior fellow at a London thinktank", "columnist-bio"},
        {"More from around the web Promoted content by Outbrain", "content-recommendations"},
        {"Get unlimited access to award-winning journalism. Subscribe now \u2013 free for one month.", "paywall"},
        {"Refresh for the latest updates", "live-cue"},
        {"Follow the latest updates in our live blog", "live-cue"},
        {"Join our commenting forum Join thoughtful conversations with other subscribers", "comment-forum"},
        {"Terms & Conditions Privacy & Cookie Policy Modern Slavery Advertising guidelines", "footer-links"},
        {"Additional reporting by agencies", "reporting-by"},
        {"MOSCOW/LONDON (Reuters) -", "agency-dateline"},
    };
    assertDropsAndKeeps("BBC News", chrome,
        "Reporting by Russian state television focused on what it described as inconsistencies in the British account.",
        "Topics discussed included sanctions and the expulsion of diplomats.",
        "Share prices in Moscow fell after the announcement.",
        "From the section of the report on Crimea, investigators drew three conclusions.",
        "Jane Doe, who is taking over the embassy, said the talks would continue.",
        "The video, 2:17 long, shows the two men near the cathedral.");
  }

  @Test
  void dropsARoundUpsSourceLabelACaptionRunIntoItsBoxAWireNoteAndABylineWithAnAmpersandAndKeepsProseLikeThem() {
    assertCutsTo("Fox News", "WaPo: \u201cDemocrats have tapped a governor to give the response.\u201d",
        "\u201cDemocrats have tapped a governor to give the response.\u201d", "roundup-source-label");
    assertCutsTo("Fox News", "From the wire - \u201cGermany called for the reference to be deleted.\u201d",
        "\u201cGermany called for the reference to be deleted.\u201d", "roundup-source-label");
    assertCutsTo("USA Today", "The cruiser sails on Sept. 10, 2008. (Photo: Jane Doe, AFP/Getty Images) Story Highlights "
        + "Iran's president promised on Monday to work with Russia.",
        "Iran's president promised on Monday to work with Russia.", "caption-credit-run-in");
    String[][] chrome = {
        {"Material from Reuters was used in this report.", "material-used"},
        {"This report contains material from the Associated Press and Reuters.", "material-used"},
        {"\u2014 Updated Oct. 28.", "page-timestamp"},
        {"By Jane Doe & John Roe", "byline-by"},
        {"Related Video When it comes to the investigation, the word gets thrown around a lot. We asked a professor to "
            + "explain. Photo Illustration: Jane Doe/The Wall Street Journal.", "related-media-blurb"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "The Post said: \u201cDemocrats have tapped a governor.\u201d",
        "Material from the archive was never used in the trial, the court said.",
        "Updated figures from the ministry showed a rise in October.",
        "By Monday & Tuesday the talks had stalled.",
        "Related videos showed the convoy crossing the border, officials said.");
  }

  @Test
  void cutsARoundUpItemsHeadlineAndSourceAndDropsACreditAfterANestedQuoteACorrectionsPointerAViewsDisclaimerALinkUnderALabelAndAPromoAndKeepsProseLikeThem() {
    assertCutsTo("Fox News", "Senators head home early - The Hill: \u201cThe Senate left town on Thursday.\u201d",
        "\u201cThe Senate left town on Thursday.\u201d", "roundup-source-label");
    assertCutsTo("Fox News", "Poll shows a runoff ahead - WMAZ: \u201cTwo candidates may be headed to a runoff.\u201d",
        "\u201cTwo candidates may be headed to a runoff.\u201d", "roundup-source-label");
    String saidWithADash = "The committee met again - and the FBI said: \u201cWe have no comment.\u201d";
    assertCleans("Russia denied it.\n\n" + saidWithADash, "Fox News", "Russia denied it. " + saidWithADash);
    assertCutsTo("Fox News", "Say it like you mean it, Bob - Jane Doe: \u201cGranted, he is no orator.\u201d",
        "\u201cGranted, he is no orator.\u201d", "roundup-source-label");
    assertCutsTo("Some Outlet", "\u201cThe minister said it was \u2018a settled matter.\u2019\u201d Jane Doe, Washington Post",
        "\u201cThe minister said it was \u2018a settled matter.\u2019\u201d", "roundup-credit");
    assertCutsTo("Fox News", "\u201cA division of the duty happens more often than is imagined.\u201d \u2013 Alexander Hamilton, Federalist No. 35",
        "\u201cA division of the duty happens more often than is imagined.\u201d", "roundup-credit");
    assertCutsTo("Fox News", "Roll Call: \u201cA Super PAC released a new advertisement.\u201d",
        "\u201cA Super PAC released a new advertisement.\u201d", "roundup-source-label");
    String[][] chrome = {
        {"A corrected version of the story is below:", "page-update"},
        {"The views of contributors are their own and not the views of The Hill.", "views-own"},
        {"Opinion: For the West, Syria is a problem with no good answer", "label-colon-link"},
        {"STORY: Syria nears completion of its weapons plan", "label-colon-link"},
        {"Read CNNOpinion's new Flipboard magazine", "self-promo"},
        {"- Check out the CNN Electoral Map and Calculator and game out your own strategy for November.", "self-promo"},
        {"Check out our impeachment polls tracker.", "self-promo"},
    };
    assertDropsAndKeeps("Some Outlet", chrome, "The views of the contributors to the report differ widely.",
        "Analysis: the rouble fell three percent on Monday, traders said.", "Opinion polls show the president ahead",
        "Read the Kremlin's new interview with the minister and judge for yourself.",
        "\u201cWe will not leave.\u201d \u2014 Jane Doe, the ambassador, in a statement",
        "The senators went home - and Jane Doe said: \u201cWe will be back.\u201d",
        "\u201cThe minister called it \u2018settled.\u2019\u201d Jane Doe, the ambassador, disagreed.",
        "A corrected version of the treaty was signed on Monday.");
  }

  @Test
  void cutsAPaywallsLabelFromTheFirstSentenceAndDropsAnEmbedsIntroductionAndKeepsProseLikeThem() {
    assertCutsTo("Some Outlet", "NRPLUS MEMBER ARTICLE The president points at the cameras at every rally.",
        "The president points at the cameras at every rally.", "member-label");
    assertDropsAndKeeps("Some Outlet",
        new String[][] {{"Listen to an excerpt from the audio version of the book, narrated by the author:", "embed-intro"},
            {"Watch the full interview:", "embed-intro"}},
        "MEMBERS of the committee said the vote would wait.", "Listen to the excerpt, and the problem is plain.",
        "Watch the video closely: the convoy turns north.");
  }

  @Test
  void cutsAHeadingInCapitalsWithItsSourceAndDropsASubmissionsAddressAndAStayUpdatedSignOffAndKeepsProseLikeThem() {
    assertCutsTo("Fox News", "TALKS STALL IN GENEVA - Pacific Standard: Diplomats left the hall without a date.",
        "Diplomats left the hall without a date.", "roundup-source-label");
    assertCutsTo("Fox News", "SHOT ACROSS THE BOW - Fox News: The president spoke on Wednesday.",
        "The president spoke on Wednesday.", "roundup-source-label");
    String[][] chrome = {
        {"This is part of a series by insiders. Submissions related to this series may be directed to pitch@example.com.",
            "contact-email"},
        {"Questions about the survey can be sent to desk@example.com.", "contact-email"},
        {"The news moves fast. To stay updated, follow Jane Doe on Twitter, and read more of our coverage.", "follow-us"},
        {"To stay informed, follow us on Facebook.", "follow-us"},
    };
    assertDropsAndKeeps("Some Outlet", chrome,
        "Submissions to the committee may be directed to its chairman, the ministry said.",
        "The news moves fast. Moscow follows it closely on Twitter and elsewhere.",
        "To stay in power, Putin follows the polls closely.",
        "Talks stall in Geneva - Jane Doe: diplomats left without a date.");
  }

  @Test
  void dropsACallToSubscribeAtAnAddressThatEndsOrIsAParagraphAndKeepsProseLikeIt() {
    assertCutsTo("Some Outlet", "This essay is shared with a monthly. To subscribe to the monthly, go to example.org/subscribe.",
        "This essay is shared with a monthly.", "call-to-action-end");
    assertDropsAndKeeps("Some Outlet", new String[][] {{"To subscribe, visit example.com/subscribe.", "call-to-action-end"}},
        "To subscribe to the sanctions regime, Moscow would have to go to the negotiating table.",
        "To subscribe to that view, you need only look at the figures.");
  }

  /** The kinds the sixth British probe set showed that no rule knew, each beside prose that reads like it. */
  @Test
  void dropsTheBritishPagesFurnitureOfTheSixthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"17 July 2014 From the section Europe", "page-widget"},
        {"Editor's Choice", "page-widget"},
        {"Comments (18)", "page-widget"},
        {"Up Next Autoplay On 01:38", "video-queue"},
        {"Now playing 01:42 Bombers intercepted over the North Sea", "video-queue"},
        {"News \u203a World News \u203a Europe \u203a Russia", "page-navigation"},
        {"Skip to content Accessibility Help", "page-navigation"},
        {"News Opinion Sport Culture Lifestyle Show More World Europe", "page-navigation"},
        {"Share 1.2K Facebook Twitter Pinterest Email Whatsapp", "share-bar"},
        {"Tweet this Link this Share this Email Print", "share-bar"},
        {"Follow Reuters: Twitter Facebook LinkedIn RSS", "follow-row"},
        {"Related Internet Links Kremlin (in Russian) The BBC is not responsible for the content of external sites.", "external-links-note"},
        {"If you can't see the form you will need to visit the mobile version of the website.", "form-fallback"},
        {"Get involved: #hashtag or text 81111 (UK only)", "get-involved"},
        {"Map showing the Kerch Strait between Crimea and mainland Russia", "map-alt"},
        {"Media playback is unsupported on your device Media caption Footage shows two men on a street", "media-playback-caption"},
        {"\u2022 The headline of this article was changed on 9 April 2018 to make clear who made the claim.", "headline-note"},
        {"The central bank's key rate (Reuters graphic)", "graphic-caption"},
        {"Jane Doe is The Telegraph's Defence and Foreign Affairs Editor", "writer-role-line"},
        {"By Jane Doe Defence and diplomatic correspondent", "byline-by"},
        {"This article is only available to Premium subscribers", "paywall"},
        {"Please refresh the page for the latest updates", "live-cue"},
        {"That\u2019s it from me for today. My colleague Jane Doe will be taking you through the rest of the evening.", "live-handover"},
        {"We urge you to keep the conversation respectful and on topic.", "comments-policy"},
        {"Today in Focus Subscribe and listen on Apple Podcasts or wherever you get your podcasts", "podcast-promo"},
        {"(GRAPHIC: Rouble vs dollar - tmsnrt.rs/2wQ1nDz)", "short-link-line"},
    };
    assertDropsAndKeeps("BBC News", chrome,
        "Share prices in Moscow fell sharply after the announcement.",
        "Now playing at the Bolshoi is a new production of Boris Godunov.",
        "Map showing troop movements was published by the ministry.",
        "Get involved in politics, the president urged young Russians.",
        "Follow-up tests confirmed the findings.",
        "By Monday morning, long queues had formed outside banks.",
        "Jane Doe is The Telegraph's defence editor and a former soldier.",
        "The headline of the Kremlin's statement was changed twice.",
        "News of the sanctions spread quickly through Moscow and the regions.",
        "The Guardian has contacted the Russian embassy in London for comment.");
    assertDropsAndKeeps("BBC News", new String[][] {{"Posted at 23:02 Our live coverage is now ending", "live-signoff"},
        {"That's all from the live blog for now. We will be back tomorrow.", "live-signoff"}},
        "Our live coverage of the summit is now in its third day.",
        "We will be back in Helsinki next year, the president said.");
    assertCutsTo("BBC News", "Posted at 14:02 Moscow says the talks will resume in May.", "Moscow says the talks will resume in May.",
        "live-update");
  }

  @Test
  void dropsAPlugInBracketsAHandleAfterABioAndAnEditorsNoteInBracketsAndKeepsProseLikeThem() {
    // The plug is blanked inside its sentence, so a space stays before the stop.
    assertCleans("Russia denied it.\n\nI made the same point in our April issue (subscribe today!).", "Some Outlet",
        "Russia denied it. I made the same point in our April issue .", "inline-plug");
    assertCutsTo("Some Outlet", "Jane Doe is a professor of law at a university in Chicago. Twitter: @janedoe",
        "Jane Doe is a professor of law at a university in Chicago.", "social-handle-end");
    assertDropsAndKeeps("Some Outlet",
        new String[][] {{"[Editor\u2019s note: As a public service, all our coronavirus coverage is free. No paywall.]",
            "editors-note-page"}},
        "Readers can subscribe (or not) as they please, the editor said.",
        "The embassy replied on Twitter: @mfa_russia called the report a fabrication.",
        "[Editor\u2019s note: The minister resigned on Friday.]");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheSeventhProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Published2 May 2019Updated 09:14 BST", "page-timestamp"},
        {"Wed 4 Apr 2018 10.02 BST Summary", "page-timestamp"},
        {"Update 6 June: This article has been updated to include the embassy's response.", "page-update"},
        {"\u2022 This article was clarified on 2 May 2019 to say which agency had released the figures.", "page-update"},
        {"Read more about the Navalny case:", "read-more"},
        {"Content is not available View content on InstagramThe BBC is not responsible for the content of external sites.",
            "external-links-note"},
        {"Page 2 of 17", "page-navigation"},
        {"Older posts Newer posts", "page-navigation"},
        {"Was this guide helpful? Yes No", "page-widget"},
        {"Contributors: Jane Doe in Moscow and John Roe in London", "contributing-credit"},
        {"#Navalny #Moscow pic.twitter.com/a1B2c3D4e5", "hashtag-line"},
        {"Follow Jane Doe", "follow-row"},
        {"Embed from Getty Images", "embed-label"},
        {"Premium: to keep reading this story, subscribe now. Cancel at any time.", "paywall"},
        {"Some Media Group Limited 2021 Terms and Conditions Privacy and Cookie Policy Contact Us", "footer-links"},
        {"Timeline: How the Navalny case unfolded", "agency-link-label"},
        {"Accept all cookies Manage preferences", "cookie-consent"},
        {"What is the Minsk agreement? Show Hide", "toggle-box"},
    };
    assertDropsAndKeeps("BBC News", chrome,
        "Published in 2019, the report was updated twice.",
        "Read more about the case in the court's ruling, the lawyer said.",
        "Page after page of the dossier was blacked out.",
        "Contributors to the fund include several Russian banks.",
        "#MeToo reached Moscow late, activists say.",
        "Follow the money, the investigators said.",
        "Timeline of the crisis: the first shots were fired in April.",
        "Accept all the terms, the Kremlin told Kyiv.",
        "Show and tell was how one diplomat described the summit.",
        "This article of the treaty was amended in 2014.");
  }

  @Test
  void dropsTheFortyFirstAndFortySecondSamplesKindsOfChromeAndKeepsProseLikeThem() {
    String[][] chrome = {
        {"Your email address is safe with us. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "form-fallback"},
        {"Want news from USA TODAY on WhatsApp?Click this link on your mobile device to get started", "click-link-cta"},
        {"Watch our coverage and analysis of the vote at 11:00 a.m. EST.", "tune-in-promo"},
        {"USA TODAY coverage from the summit:", "coverage-links-heading"},
        {"New at Fox News Opinion - Jane Doe considers the summit: \u201cWe were wrong about Russia.\u201d", "new-at-link"},
        {"\u2794 Read the full transcript HERE.", "here-pointer"},
        {"Full Coverage: Russia", "label-colon-link"},
    };
    assertDropsAndKeeps("USA Today", chrome,
        "Watch for the Kremlin's answer, officials said.",
        "Click bait is what the minister called the report.",
        "Full coverage of the summit was banned, the union said.",
        "New at the summit was a Russian delegation.",
        "Our coverage of the war drew complaints from the embassy:",
        "1. NATO",
        "Read the transcript, the senator urged, and judge for yourself.");
    assertCutsTo("Politico", "Obama said he would wait. | REUTERS Obama: Strikes on hold", "Obama said he would wait.",
        "credit-then-headline");
    assertCutsTo("Some Outlet", "It was a bad day. Related Story Russia Is Losing the Information War Our ancestors were wiser.",
        "It was a bad day. Our ancestors were wiser.", "related-title-run-in");
    assertCutsTo("Some Outlet", "\u201cThat is horrible,\u201d she said. Watch the full interview from the \u201cKelly File\u201d here.",
        "\u201cThat is horrible,\u201d she said.", "here-pointer");
    assertCutsTo("Some Outlet", "\u201cWe do not attack anyone.\u201d 8. MEDIA \u201cI hope that we will talk.\u201d",
        "\u201cWe do not attack anyone.\u201d \u201cI hope that we will talk.\u201d", "video-cue");
  }

  @Test
  void dropsTheFortyThirdAndFortyFourthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    String[][] chrome = {
        {"--Updated at 11:43 a.m.", "page-timestamp"},
        {"In this undated photo provided by the government, the leader reads a letter. The content of this image is as provided "
            + "and cannot be independently verified.", "handout-disclaimer"},
        {"Jane Doe and John Roe and Mary Major", "names-byline"},
        {"Jane Doe and John Roe, The Atlantic", "name-and-outlet"},
        {"We\u2019re hosting a live chat on Reddit with our reporters. Join us on Monday at noon.", "live-chat-invite"},
        {"This story was supported by a grant from the Some Journalism Fund.", "funding-note"},
        {"\u2014 Jane Doe is a senior fellow at the Some Institute.", "dash-bio"},
        {"Jane Doe will question the foreign minister on Sunday. Check local listings for broadcast times in your area.",
            "local-listings"},
        {"The president arrives in Moscow. | Newscom", "agency-credit"},
        {"(A photo caption in an earlier version of this story misidentified the minister.", "page-update"},
    };
    assertDropsAndKeeps("USA Today", chrome,
        "Updated figures at 11:43 a.m. showed the rouble falling.",
        "Jane Doe and John Roe",
        "The content of the letter was not independently verified.",
        "We are hosting a summit of our own, the minister said.",
        "This project was funded by Russian state banks, the auditors found.",
        "\u2014 The Kremlin is the seat of power.",
        "Check the local listings of banned groups, the ministry told officials.",
        "An earlier version of the treaty was signed in 2010.");
    assertCleans("Russia denied it.\n\nEarlier posts:\n\n-- Moscow Scrambles For A Deal\n\n-- Kyiv Warns Of Gas Cuts\n\n"
        + "Talks resume on Monday.", "NPR", "Russia denied it. Talks resume on Monday.", "links-heading", "links-heading", "links-heading");
    assertCutsTo("CNBC", "7:13 a.m. ET \u2014 The Kremlin said talks would resume.", "The Kremlin said talks would resume.", "live-update");
    assertCutsTo("CNBC", "3:02 p.m. \u2014 The Kremlin said talks would resume.", "The Kremlin said talks would resume.", "live-update");
  }

  @Test
  void dropsADigestsItemsUnderOtherOutletsNamesAndANoteThatTheTranscriptWasEditedAndKeepsProseLikeThem() {
    assertDropsAndKeeps("The Hill", new String[][] {
        {"The New York Times: Sanctions on Russian banks take effect.", "outlet-headline-item"},
        {"Reuters : After plunge, Moscow stocks try to recover.", "outlet-headline-item"},
        {"The New York Times: Impeachment inquiry tests ties between Attorney General William Barr and Trump.", "outlet-headline-item"}},
        "RT: How did you find out about the leak?",
        "Reuters: The agency stands by its reporting, which you can read in full.",
        "Reason: Start by telling me why you wrote the book.");
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"The transcript has been edited for quality and clarity.", "edited-note"},
        {"This interview has been condensed and edited for clarity and style.", "edited-note"}},
        "Our conversation, lightly edited for clarity, follows.",
        "The transcript has been edited by the Kremlin, the opposition says.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheEighthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Jane Doe BBC Moscow correspondent @janedoe", "byline-handle"},
        {"Last updated on 3 May 2018 3 May 2018 .From the section Football", "page-widget"},
        {"Copy this link These are external links and will open in a new window Close share panel", "external-links-note"},
        {"Get involved #Navalny", "get-involved"},
        {"Our live coverage will resume at 07:00 GMT on Friday.", "live-frame"},
        {"Today's live page was brought to you by Jane Doe and John Roe.", "live-frame"},
        {"Good evening and welcome to our live coverage of the summit in Helsinki.", "live-frame"},
        {"That's it for our live coverage today. We'll be back at 8am.", "live-signoff"},
        {"Have your say", "page-widget"},
        {"Your video will play after this advertisement", "page-widget"},
        {"Watch Newsnight: The Kremlin files on BBC iPlayer", "player-promo"},
        {"Correction 2 May 2018: An earlier version of this story said the embassy had closed.", "page-update"},
        {"Wed 2 May 2018 09.00 BST Last modified on Wed 2 May 2018 11.15 BST", "page-timestamp"},
        {"May 2, 20189:15 AM BSTUpdated 6 years ago", "page-timestamp"},
        {"3 Min Read May 2, 2018 / 9:15 AM", "page-timestamp"},
        {"Jane Doe (now) and John Roe (earlier)", "live-byline-shift"},
        {"Newer updates Older updates", "page-navigation"},
        {"Quick Guide What is the Minsk agreement? Show", "toggle-box"},
        {"This article is part of a series on Russian money in London", "series-description"},
        {"Jane Doe, senior foreign correspondent 2 May 2018 \u2022 5:40pm", "byline-date"},
        {"Refresh for the latest", "live-cue"},
        {"Some Spotlight | Sponsored", "advertisement"},
        {"Letters must include a full postal address and daytime telephone number.", "letters-rules"},
        {"Some Events: Join our panel for a live discussion of sanctions. Book tickets now", "book-tickets"},
        {"By continuing to use this site you consent to the use of cookies in accordance with our cookie policy. Accept",
            "cookie-consent"},
        {"Refiles to fix typo in headline", "refile-note"},
        {"A Special Report By Jane Doe, John Roe and Mary Major", "report-byline"},
    };
    assertDropsAndKeeps("BBC News", chrome,
        "Our live coverage of the trial was banned by the court, the editor said.",
        "Welcome to Moscow, the sign at the airport read.",
        "Letters from the front were read aloud in parliament.",
        "Book sales in Russia fell by a third, the publishers said.",
        "By continuing to fight, Kyiv hopes to win better terms.",
        "Continue reading the statement, the minister told reporters, and you will see the threat.",
        "This article of the constitution is part of a series of amendments.",
        "Have your say on the new law, the mayor urged Muscovites.",
        "Jane Doe (now a senator) and John Roe (earlier an envoy) signed the letter.");
  }

  @Test
  void dropsTheFortySeventhAndFortyEighthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Stay tuned to Some Outlet for live updates.", "live-cue"},
        {"For other people named Jane Doe, see Jane Doe (disambiguation)", "wiki-hatnote"},
        {"Jane vanden Doe, Washington Post", "name-and-outlet"},
        {"McClatchy: Moscow courts Gulf investors. Will it work?", "outlet-headline-item"},
        {"GROWING UP PUTIN | 1: As a schoolboy, he took up judo; he is pictured here with a trophy.", "gallery"}},
        "Stay tuned, the minister told reporters, because the talks are not over.",
        "For other people, the sanctions meant higher prices, see the central bank's figures.",
        "CNN: Haha. That idiot @someone thinks he was wiretapped.",
        "1: The ministry said the talks would resume.");
    assertCutsTo("Fox News", "The senator may want to rethink his strategy. AP: \u201cThe senator says he is not familiar with the group.\u201d",
        "The senator may want to rethink his strategy. \u201cThe senator says he is not familiar with the group.\u201d",
        "roundup-source-label");
  }

  @Test
  void dropsAnEmbeddedPostsCreditAGraphicsCreditAndCutsADatelineWithTwoHyphensAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Protesters gather in Moscow. Posted by Some News on Saturday, March 4, 2017", "posted-by"},
        {"Graphic by Slate.", "graphic-by"},
        {"Graphic by Some Outlet. Photos by Jane Doe/Getty Images.", "graphic-by"}},
        "Posted by the embassy on its website, the statement was deleted on Saturday.",
        "Graphic images of the attack spread on Telegram.",
        "WOW -- Trump says he does not blame Kim.",
        "MEET THE VILLAINS -- the people and firms the researchers blame.");
    assertCutsTo("Some Outlet", "SEOUL, South Korea -- North Korean state radio said on Tuesday that the launch was delayed.",
        "North Korean state radio said on Tuesday that the launch was delayed.", "city-dateline");
  }

  @Test
  void dropsTheFiftyFirstAndFiftySecondSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Jane Doe is a writer and strategist at a consultancy. The opinions expressed in this commentary are solely "
            + "those of the author.", "bio-with-note"},
        {"John Roe is Professor of Ethics at a college in Ohio. This article has been reproduced here with the permission "
            + "of Prof. Roe.", "bio-with-note"},
        {"Bio: Writer, researcher and professor of journalism. Author of several books.", "roundup-bio"},
        {"The minister in Moscow in June 2017 ((Reuters/Jane Q. Doe))", "agency-photographer"},
        {"https://twitter.com/ janedoe/status/ 1252273164274536449?s=20", "trailing-link"},
        {"How the parties see each other Based on polling Agnostics 9% 36% +27 Black 24 46 +22 LBG 6 38 +32", "chart-text"},
        {"In a story March 11 about the crash, The Associated Press reported erroneously that China grounded its planes.",
            "story-correction"},
        {"\u2014 With assistance by Jane Doe, and John Roe", "reporting-credit"},
        {"\u2014With reporting by Jane Doe/Washington", "reporting-credit"},
        {"\u2013Jane Doe contributed", "bare-contributed"},
        {"NOW WATCH: \u2018Putin Makes Trump Wait\u2019", "watch-promo"}},
        "Jane Doe is a writer, and the views expressed in her book anger the Kremlin.",
        "Bio: the word appears in the ministry's new rules on biological research.",
        "Polls by Reuters/Ipsos put the party at 9% in March and 12% in May.",
        "The rouble traded at 64.5 against the dollar on Monday, 65.1 on Tuesday and 66 on Wednesday.",
        "In a story that shocked Moscow, the newspaper reported that the minister had resigned.",
        "With assistance from China, Russia built the bridge in two years.",
        "NOW WATCH the rouble, the minister said.");
    assertCutsTo("Some Outlet", "[CHANTS IN UKRAINIAN] There were protests in Kiev that never let up.",
        "There were protests in Kiev that never let up.", "transcript-cue");
    assertCutsTo("Some Outlet", "\u201cThe [Kremlin\u2019s] answer is no,\u201d he said. [AUDIO PLAYBACK] We will respond.",
        "\u201cThe [Kremlin\u2019s] answer is no,\u201d he said. We will respond.", "transcript-cue");
  }

  @Test
  void dropsTheFiftyThirdAndFiftyFourthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("CNN", new String[][] {
        {"The chancellor during a news conference (Reuters: Jane Doe)", "agency-photographer"},
        {"Key-Man Trade Countries where one leader made all the difference Source: Bloomberg", "source-line"},
        {"CNN's Jane Doe and John Roe reported from Kiev, while CNN's Mary Major reported and wrote from Atlanta. CNN's "
            + "Ann Poe, Bob Loe, Cy Moe, Dan Doe, Eve Roe, Fay Major, Gus Minor, Hal Poe, Ida Loe and Jo Moe contributed "
            + "to this report.", "outlet-staff-credit"},
        {"\u2014 One in four soldiers is worried about the draft, according to a new poll: Military Times",
            "dash-link-item"},
        {"You can read the full statement here and watch the hearing live on our Facebook.", "here-pointer"}},
        "CNN's Jane Doe reported that the Kremlin had denied it, and Moscow said so again on Monday.",
        "\u2014 The question is who benefits: Moscow",
        "You can read the statement here, the minister said.");
    assertCutsTo("Some Outlet", "\u201cNothing is agreed,\u201d he said. [CNN, New Day, 5/8/19]", "\u201cNothing is agreed,\u201d he said.",
        "source-citation");
    assertCutsTo("Some Outlet", "\u201cThe tools have no set outcome.\u201d (\u201cThe Power of Social Media,\u201d Foreign Affairs, 2011)",
        "\u201cThe tools have no set outcome.\u201d", "source-citation");
    assertCutsTo("Some Outlet", "Voters want change, says Jane Doe. [Editor's note: The original version misspelled Ms. Doe's surname.]",
        "Voters want change, says Jane Doe.", "bracketed-page-note");
    assertCutsTo("Some Outlet", "\u201cRussia casts democracies as feckless.\u201d Jane Doe, Alliance for Securing Democracy",
        "\u201cRussia casts democracies as feckless.\u201d", "roundup-credit");
    assertCutsTo("Some Outlet", "quicklist: 1 title: Obama Takes Questions text: The president defended the FBI.",
        "The president defended the FBI.", "template-fields");
    assertDropsAndKeeps("Some Outlet", new String[0][],
        "He wrote a book (\u201cThe Long Game,\u201d he called it) in 2011.",
        "Voters want change. [Note: Ms. Doe spoke before the vote.]",
        "\u201cRussia casts democracies as feckless,\u201d said Jane Doe, of the Alliance for Securing Democracy");
  }

  @Test
  void dropsTheFiftyFifthAndFiftySixthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("USA Today", new String[][] {
        {"The former ambassador testifies on Nov. 15, 2019, in the inquiry. Jane Doe, USA TODAY", "caption-credit-comma"},
        {"[New at Fox News Opinion - Fox News Contributor Jane Doe goes off on the party's nominee: \u201cA nomination this "
            + "week would hurt the party.\u201d]", "new-at-link"}},
        "The former ambassador testified on Friday. Jane Doe, USA TODAY's reporter, was there.",
        "New at the embassy: a second secretary, who arrived from Moscow on Monday.");
    assertCutsTo("Some Outlet", "\u201cThis will stop, it will be limited.\u201d - Jane Doe, on \u201cSpecial Report\u201d",
        "\u201cThis will stop, it will be limited.\u201d", "roundup-credit");
    assertCutsTo("Some Outlet", "Pariser is a fellow at a foundation. @janedoe", "Pariser is a fellow at a foundation.",
        "bio-handle");
    assertCutsTo("Some Outlet", "Both states cover the war. HMH, \u201cThe Americans: Since 1877,\u201d Texas, P. 235 Texas celebrates "
        + "free enterprise.", "Both states cover the war. Texas celebrates free enterprise.", "page-citation");
    assertCutsTo("Some Outlet", "Pearson, \u201cHistory: The Twentieth Century,\u201d California, P. 486; Pearson, \u201cHistory: 1877 to "
        + "Present,\u201d Texas, P. 456 Both books quote the speech.", "Both books quote the speech.", "page-citation");
    assertDropsAndKeeps("Some Outlet", new String[0][],
        "\u201cWe will respond,\u201d said Jane Doe, on \u201cMeet the Press\u201d on Sunday.",
        "The minister replied on Twitter to @janedoe within minutes.",
        "Smith, \u201cThe Long Game,\u201d he called his plan, and it ran to page 2.");
  }

  @Test
  void dropsTheFiftySeventhAndFiftyEighthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Jane Doe, a writer and consultant, worked for the CIA for 10 years. Follow her on Twitter at: @janedoe.",
            "bio-with-note"},
        {"Happy New Year 2017! A video posted by Jane Doe (@janedoe) on Dec 31, 2016 at 9:03am PST", "posted-by"},
        {"Series: Coronavirus Is the United States Prepared for COVID-19?", "series-label"}},
        "Jane Doe, a writer, said the CIA had asked her to follow him on his trips.",
        "The convoy faced hostility as it left. A video posted by the party showed the trucks on Dec 31, 2016, at dawn.",
        "Series: the word the ministry used for the talks, which began in May.");
    assertCutsTo("Some Outlet", "About 2 minutes.Produced by Jane Doe and written by John Roe.", "About 2 minutes.",
        "production-credit");
    assertCutsTo("Some Outlet", "Families are changing. Read: Why black families struggle to build wealth The black extended family "
        + "survived.", "Families are changing. The black extended family survived.", "read-link-run-in");
    assertCutsTo("Some Outlet", "From October 2018: America is living James Madison\u2019s nightmare In other words, it is a circus.",
        "In other words, it is a circus.", "read-link-run-in");
    assertDropsAndKeeps("Some Outlet", new String[0][],
        "Produced by the ministry, the film was shown in Moscow.",
        "From May 2018, the embassy was closed.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheNinthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"BBC Moscow correspondent", "byline-role"},
        {"Jane Doe 4 Min Read", "read-time"},
        {"Salisbury suspects: Who are Jane Doe and John Roe?13 September 2018", "dated-headline"},
        {"Home News Sport Reel Worklife Travel Future Culture Music TV Weather Sounds", "page-navigation"},
        {"News Opinion Sport Culture Lifestyle", "page-navigation"},
        {"Home\u00bbNews\u00bbWorld News\u00bbEurope\u00bbRussia", "page-navigation"},
        {"About us Contact us Complaints & corrections SecureDrop Work for us Privacy policy Help", "footer-links"},
        {"Most viewed in World news", "page-widget"},
        {"Loading comments\u2026 Trouble loading?", "page-widget"},
        {"Order by newest oldest recommendations Show 25 Threads collapsed expanded unthreaded", "page-widget"},
        {"This is a modal window.", "page-widget"},
        {"Advertisement \u00b7 Scroll to continue", "advertisement"},
        {"Play! 00:00 Current Time 0:00 / Duration Time 0:00 Loaded: 0% Progress: 0% Stream Type LIVE Remaining Time -0:00",
            "player-controls"},
        {"This blog is now closed.", "live-frame"},
        {"I'm handing over now to my colleague Jane Doe, who will keep you updated.", "live-handover"},
        {"Britain's May says Russia 'highly likely' to blame for spy attack 01:31", "media-duration"},
        {"The Telegraph is a member of the Independent Press Standards Organisation (IPSO)", "regulator-note"},
        {"If you have information about this story, you can contact the Guardian confidentially using SecureDrop.",
            "tip-channel"},
        {"This is an edited extract from The Long Game by Jane Doe, published by Some Press.", "adapted-note"},
        {"To order a copy go to somebookshop.com. Free UK p&p over \u00a315.", "adapted-note"},
        {"Read this story in Russian on BBC Russian", "language-edition-link"},
        {"May tells MPs that Russia was highly likely to be responsible. Source: Parliament TV", "source-line"}};
    assertDropsAndKeeps("BBC News", chrome,
        "Images released by the police showed the two men at the station shortly before midday.",
        "The BBC's Moscow correspondent was expelled in 2018.",
        "The meeting in Downing Street began at 10:30",
        "News of the expulsions spread through Moscow and London within hours.",
        "If you have information about the attack, police said, contact them in confidence.",
        "Read the full report, the committee told ministers, before you vote.",
        "This blog post was closed to comments after the attack.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheTenthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"This video can not be played To play this video you need to enable JavaScript in your browser.", "player-message"},
        {"Your browser does not support the video tag.", "player-message"},
        {"Listen to this article0:00 / 7:41", "player-message"},
        {"Skip X post by the Foreign Office", "embed-consent"},
        {"Allow Twitter content? This article includes content provided by Twitter. We ask for your permission first.",
            "embed-consent"},
        {"This content is not available due to your privacy preferences. Update your settings here to see it.", "embed-consent"},
        {"Let us know you agree to cookies We use cookies to give you the best online experience.", "cookie-banner"},
        {"Cookies SettingsReject AllAccept All Cookies", "cookie-consent"},
        {"ShareSave", "share-menu"},
        {"Posted at 10:4510:45", "live-post-stamp"},
        {"1h ago11.02 GMTUpdated at 11.19 GMT", "live-post-stamp"},
        {"10.32 GMT Minister says the talks will go on", "live-key-event"},
        {"Newest Newest Previous Previous Next Next Oldest Oldest", "live-furniture"},
        {"Welcome to The Telegraph's live coverage of the war in Ukraine.", "live-furniture"},
        {"AnalysisBy Jane Doe, Russia correspondent", "bbc-labels"},
        {"Listen to the best of BBC Radio Wiltshire on Sounds and follow BBC Wiltshire on Facebook, X and Instagram.",
            "bbc-labels"},
        {"Sanctions hit the spy unit accused of the plotPublished 12 February", "published-link"},
        {"RussiaVladimir PutinUnited KingdomSanctions", "topic-run"},
        {"Russia, Vladimir Putin, Ukraine, Espionage, Sanctions", "topic-run"},
        {"By Jane Doe, Senior Foreign Correspondent and John Roe, Defence Editor4 March 2024 \u2022 10:45am", "byline-dated"},
        {"By Jane DoeMarch 4, 20245:12 PM GMTUpdated 2 hours ago", "byline-dated"},
        {"Jane Doe Follow", "author-follow"},
        {"UK editionUS editionAustralia editionEurope editionInternational edition", "topic-run"},
        {"UK edition US edition Australia edition Europe edition", "guardian-furniture"},
        {"Quick GuideKey dates of the warShow", "guardian-furniture"},
        {"Presented by Jane Doe with John Roe; produced by Jim Poe; executive producer Ann Low", "guardian-furniture"},
        {"Archive: Sky News, BBC News, Channel 4 News", "guardian-furniture"},
        {"I hope you appreciated this article. Before you move on, I was hoping you would consider supporting us.",
            "reader-appeal"},
        {"ContinueRemind me in MayAccepted payment methods: Visa, Mastercard", "reader-appeal"},
        {"Broaden your horizons with award-winning British journalism. Try The Telegraph free for 1 month.",
            "subscription-offer"},
        {"Jane Doe is a former head of the Foreign Office's Russia desk", "bio-former"},
        {"Jane Doe is a Moscow-based correspondent covering the Kremlin. Before joining Reuters in 2016 she worked for a "
            + "news agency.", "bio-joined"},
        {"Thomson ReutersJane Doe reports on Russia's energy sector.", "bio-joined"},
        {"The sharpest analysis of the world economy, every week with Econ World. Sign up here.", "sign-up-here"},
        {"Reuters Breakingviews is the world's leading source of agenda-setting financial insight.", "publisher-blurb"},
        {"Follow Jane Doe on X", "follow-handle"}};
    assertDropsAndKeeps("Reuters", chrome,
        "Subscribe to the Kremlin's version of events, and the war is going exactly to plan.",
        "Reporting by Reuters showed that the ships had turned off their transponders.",
        "Basic Errors in Geography",
        "Russia, China and Iran voted against the resolution.",
        "By Vladimir Putin's order, the troops withdrew on 4 March 2024.",
        "Jane Doe is a former diplomat who now advises the government.",
        "We use the word cookie loosely, the spokesman said.");
    assertCutsTo("Reuters", "The ministry did not comment. Reporting by Jane Doe; Editing by John Roe",
        "The ministry did not comment.", "reporting-credit-end");
    assertCutsTo("Telegraph", "10:45AMPutin: The West is pushing the world towards war", "Putin: The West is pushing the world towards war",
        "live-post-stamp");
  }

  @Test
  void dropsTheFiftyNinthAndSixtiethSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("ABC News", new String[][] {
        {"Media literacy across Europe Media Literacy Index 100 Finland 76 Denmark 71 Netherlands 70 Sweden 69 Estonia 69 "
            + "Ireland 68", "chart-text"},
        {"Top marks Press Freedom 1. Norway 1. Finland 2. Finland 2. Denmark 3. Sweden 3. Norway 4. Iceland", "chart-text"},
        {"[The Seattle Times has the back story of a bottler that spurred the case.]", "bracketed-pointer"},
        {"The Note is a daily ABC News feature that highlights the key political moments of the day ahead.", "outlet-about"},
        {"Podcast. There's also a new episode of our weekly podcast, up every Thursday. You can listen to that here:",
            "podcast-plug"}},
        "Finland came first with 76 points, Denmark second with 71 and Sweden fourth with 69.",
        "The Note is a daily reminder, the minister said, of what the sanctions cost.",
        "[The embassy has the story wrong, a spokesman said.]",
        "Podcast listeners in Russia can no longer reach the station.");
    assertCutsTo("Some Outlet", "\u201cThings are different a year from now.\u201d \u2013 Gov. Jane Doe, R-Wis., on NBC\u2019s \u201cMeet the "
        + "Press\u201d]", "\u201cThings are different a year from now.\u201d", "roundup-credit");
    assertCutsTo("Some Outlet", "We must demand safer streets for our children. By Jane Doe",
        "We must demand safer streets for our children.", "sign-off");
    assertCutsTo("Some Outlet", "speaker That\u2019s new. We didn\u2019t know that.", "That\u2019s new. We didn\u2019t know that.",
        "generic-speaker");
  }

  @Test
  void dropsTheSixtyFirstAndSixtySecondSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"THIS IS A BREAKING NEWS UPDATE. Check back soon for further information. AP\u2019s earlier story is below.",
            "developing-note"},
        {"The prince got a warmer welcome at this year's summit [Jane Doe/Reuters]", "agency-photographer"},
        {"\u2014Jane Doe contributed. Updated at 7:37 p.m.", "bare-contributed"},
        {"[The WaPo provides a useful timeline of the campaign.]", "bracketed-pointer"}},
        "This is a breaking point for the alliance, the minister said.",
        "The prince got a warmer welcome [at the summit] than in 2018.",
        "[The WaPo story was wrong, the embassy said.]");
    assertCutsTo("Some Outlet", "4 p.m.: Travelers from some states must quarantine in Texas",
        "Travelers from some states must quarantine in Texas", "live-update");
  }

  @Test
  void dropsTheSixtyThirdAndSixtyFourthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"We will update this post with more details as they emerge.", "developing-note"}},
        "We will update the treaty, the minister said, when the talks resume.");
    assertCutsTo("Some Outlet", "Story highlights 58 people remain in hospital after the blasts",
        "58 people remain in hospital after the blasts", "highlights-label");
    assertCutsTo("Some Outlet", "The system dates back to the 1970s. Ad Policy The rules changed in 2016.",
        "The system dates back to the 1970s. The rules changed in 2016.", "inline-advertisement");
    assertCutsTo("Some Outlet", "\u201cThe G7 was the center of it all.\u201d Jane Doe and John Roe, Time",
        "\u201cThe G7 was the center of it all.\u201d", "roundup-credit");
    assertCutsTo("Some Outlet", "poster=\"http://v.example.com/images/1155968404.jpg?pubId=1155968404\" Trump claims momentum.",
        "Trump claims momentum.", "html-attribute");
    assertCutsTo("Some Outlet", "That is true, the campaign later clarified. (See correction below).",
        "That is true, the campaign later clarified.", "correction-pointer");
    assertCutsTo("Some Outlet", "Far-right parties gained ground across Europe. Translated by Jane Doe.",
        "Far-right parties gained ground across Europe.", "production-credit");
    assertCleans("Russia denied it.\n\nThe presence was justified. Ad Policy Translated by Jane Doe.", "Some Outlet",
        "Russia denied it. The presence was justified.", "inline-advertisement", "production-credit");
    assertDropsAndKeeps("Some Outlet", new String[0][],
        "The poster=\"child\" of the campaign was Navalny, one aide joked.",
        "Translated by the embassy, the letter reached Moscow on Monday.",
        "See the correction the ministry issued on Monday.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheEleventhProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"This video has been removed for rights reasons", "player-message"},
        {"3h agoMinister says talks will go on", "glued-time-ago"},
        {"2 days agoWorldComments", "glued-time-ago"},
        {"4 March 2024 \u2022 5:32pmRelated Topics", "stamp-label-glued"},
        {"Previous page Page 2 of 9 Next page", "live-furniture"},
        {"Newest Previous 1 of 4 Next Oldest", "live-furniture"},
        {"LIVEWar in Ukraine: talks resume in Geneva", "live-link"},
        {"Live: Voting closes in Moscow", "live-link"},
        {"BBC Analysis is the home on the website for the best explainers from our correspondents.", "publisher-blurb"},
        {"Browse World Business Markets Legal Technology More", "section-nav"},
        {"England N. Ireland Scotland Wales Local News", "section-nav"},
        {"About us Contact us Complaints & corrections Privacy settings Cookie policy Help", "footer-links"},
        {"Terms and Conditions Privacy Guidelines Betting Offers Tax Strategy", "footer-links"},
        {"Jane Doe Defence and security editor", "byline-name-role"},
        {"John Roe Diplomatic correspondent", "byline-name-role"},
        {"Jane Doe in Riga and John Roe in Vilnius", "byline-pair"},
        {"Jane Doe in Kyiv; John Roe", "byline-pair"},
        {"Free weekly newsletter", "newsletter-label"},
        {"Yes, I\u2019m happy", "cookie-consent"},
        {"Manage or reject cookies", "cookie-consent"},
        {"Register to continue reading. Register for free and read three articles a month.", "paywall"},
        {"Gift this article free", "gift-article"},
        {"Show 87 comments", "comment-count"},
        {"US edition", "guardian-furniture"},
        {"Donate to the Some Paper Ukraine appeal here", "reader-appeal"},
        {"Europecategory", "category-label"},
        {"WorldcategoryKremlin says talks will go on4:12 AM UTC", "category-label"},
        {"Jane Doe is Moscow bureau chief, covering Russia and its neighbours.", "columnist-bio"},
        {"A view of the Kremlin, March 3, 2023. REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab",
            "agency-photographer"},
        {"Reuters GraphicsReuters Graphics", "graphics-credit"},
        {"Play video", "embed-label"},
        {"This article was produced by the Some Outlet Fact Check team. Read more about our work here.", "production-note"},
        {"Read MoreHow a restaurant became a front for spies", "read-more-headline"}};
    assertDropsAndKeeps("Reuters", chrome,
        "This video has been shared more than a million times, the ministry said.",
        "Three hours ago the minister said the talks would go on.",
        "Live: the crowd cheered as the results came in.",
        "World Business and Politics",
        "Donald Trump and Vladimir Putin",
        "Jane Doe in Riga",
        "Register to vote before Friday, the commission said.",
        "Show trials returned to Moscow in 2023.",
        "Jane Doe is a bureau chief's worst nightmare, a colleague joked.",
        "This article was produced by a team of four reporters.",
        "Read More carefully, the judge told the jury.");
    assertCutsTo("Reuters", "The ministry did not comment.Reporting by Jane Doe; Editing by John Roe",
        "The ministry did not comment.", "reporting-credit-end");
    assertCutsTo("Guardian", "The coffin is carried into the church. Photograph: AP Thousands queued in the snow.",
        "Thousands queued in the snow.", "caption-credit-glued");
    assertCutsTo("Telegraph", "The house in Salisbury Credit: Jane Doe/PA The two men travelled from London.",
        "The two men travelled from London.", "caption-credit-glued");
    assertCutsTo("Reuters", "Prices rose. Purchase Licensing Rights, opens new tab", "Prices rose.", "licensing-link");
    assertCutsTo("Telegraph", "14:05 Posted at 14:05 BreakingKremlin confirms the visit", "Kremlin confirms the visit",
        "live-post-stamp");
  }

  @Test
  void dropsTheEightyFifthToEightyEighthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Handout / Getty Images Jane Doe speaks at a town hall in Ohio, April 8.", "staff-photo-credit"},
        {"MPI/Getty Images Boston, mid-1950s.", "staff-photo-credit"},
        {"Contributors: " + String.join(", ", java.util.Collections.nCopies(20, "Jane Doe")), "contributing-credit"},
        {"Jane Doe, assistant professor of history at Some University and author of Some Book: A Subtitle",
            "name-post-place"},
        {"Via Some Station:", "via-source-line"},
        {"(Some Newspaper, behind a paywall)", "paywall-pointer"},
        {"CORRECTIONS AND CLARIFICATIONS: An earlier version of this story misstated a poll's figure.",
            "corrections-footer"}},
        "Ipsos/Reuters polls found the same in 2016.",
        "Jane Doe, a historian at Some University and the author of Some Book, told me the war changed everything.",
        "Via Dolorosa, the pilgrims walked on.",
        "(The paper, the minister said, had it wrong.)",
        "Corrections officers and guards were questioned.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheTwelfthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Getty Images The two leaders shook hands at the start of talks in Beijing", "credit-opens-caption"},
        {"Jane Doe, BBC News, and John Roe, BBC Russian", "byline-outlet"},
        {"Share Save Jane Doe BBC Monitoring", "share-menu"},
        {"Jane DoePolitical correspondent", "byline-name-role"},
        {"John RoeDiplomatic Editor", "byline-name-role"},
        {"11:38am Jane Doe", "byline-stamp"},
        {"Jane Doe Reporting from London", "byline-stamp"},
        {"Who are the opposition's leaders? Published 1 March", "published-link"},
        {"The war in maps: Tracking the invasion Published 10 hours ago", "published-link"},
        {"We're now closing this live page. You can keep up with the latest in our main story.", "live-furniture"},
        {"You can read this story in Russian on the Some Service website.", "language-edition-link"},
        {"Comments (1,204)", "comment-count"},
        {"Our morning email breaks down the key stories of the day, telling you what matters", "newsletter-label"},
        {"Print subscriptions Sign in Search jobs Search", "footer-links"},
        {"Terms and Conditions of sale Privacy Cookie policy Contact us", "footer-links"},
        {"Contact us about this story", "contact-appeal"},
        {"Have a tip?", "contact-appeal"},
        {"If you have something to share on this subject you can contact us confidentially.", "contact-appeal"},
        {"Secure Messaging in the Some Paper app", "contact-appeal"},
        {"We rely on readers like you. Please review our commenting policy before posting.", "comments-notice"},
        {"If you have a complaint about editorial content, please contact the editor.", "comments-notice"},
        {"Supported by Some Foundation About this content", "comments-notice"},
        {"Play video Loading...", "player-message"},
        {"Play Video Play Mute Current Time 0:00 / Duration 2:31 Loaded: 0%", "player-controls"},
        {"Author picture of Jane Doe", "image-alt"},
        {"You are viewing the UK edition. Switch to US edition", "guardian-furniture"},
        {"Reuters UK edition", "guardian-furniture"},
        {"Factbox", "section-label"},
        {"[1/4]A view of the Kremlin, March 12, 2024. REUTERS/Jane Doe Acquire Licensing Rights, opens new tab",
            "agency-photographer"},
        {"Thomson Reuters Jane Doe is a Moscow-based correspondent covering the Kremlin.", "bio-joined"},
        {"Opinions expressed are those of the author. They do not reflect the views of Some Wire.", "opinion-disclaimer"},
        {"22 February 2024Related Topics", "stamp-label-glued"}};
    assertDropsAndKeeps("Some Wire", chrome,
        "Reuters Institute researchers found that trust in news had fallen.",
        "EPA Administrator Jane Doe said the rule would stand",
        "Donald Trump and Vladimir Putin",
        "Jane Doe, a BBC News correspondent, was expelled in 2021.",
        "We're now closing the embassy, the minister said.",
        "Comments by the minister angered Moscow.",
        "If you have a complaint, the ombudsman said, write to us.",
        "The opinions expressed by the minister were his own, a spokesman said.",
        "Read the story of the siege in Russian newspapers, he said.");
    assertCutsTo("Some Wire", "Rates held at 16% on Friday., opens new tab", "Rates held at 16% on Friday.", "new-tab-label");
  }

  @Test
  void dropsTheEightyNinthToNinetySecondSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Read more.", "read-more-bare"},
        {"Update at 8 p.m. ET.", "page-timestamp"},
        {"There's a timeline posted here; a story about the lockdown is here; a profile is here.", "link-list-sentence"},
        {"Unless you hate America, you'll want to pre-order a copy of my new book", "book-plug"},
        {"Senators push to strike climate language from order - The Hill", "headline-source"}},
        "Read more carefully, the judge told the jury.",
        "Update at 8 p.m. on the talks was promised, but none came.",
        "The evidence is here, the prosecutor said.",
        "We are here to ask you questions, you are here to provide answers.",
        "Buy American, the president told the crowd.",
        "Senators push to strike climate language - and win.");
    assertCutsTo("Some Outlet", "Original post: There is one shoe still to drop in the inquiry.",
        "There is one shoe still to drop in the inquiry.", "original-post-label");
    assertCutsTo("Some Outlet", "Did the gaffe become policy? (See update: Maybe not).", "Did the gaffe become policy?",
        "correction-pointer");
    assertCutsTo("Some Outlet", "The changes our country needs will not come from Washington. Ad Policy",
        "The changes our country needs will not come from Washington.", "inline-advertisement");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheThirteenthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Jane Doe in Kyiv and John Roe in Odesa Sun 14 Apr 2024 12.08 BST", "byline-place-dated"},
        {"Jane Doe Mon 3 Jun 2024 09.15 BST", "byline-place-dated"},
        {"Support us Continue Remind me in May", "reader-appeal"},
        {"Unlike many others, Some Paper has no shareholders and no billionaire owner. Just reporting.", "reader-appeal"},
        {"Dr Jane Doe Lecturer in Russian politics, University of Somewhere", "letter-signoff"},
        {"If you have something to share about this story, you can contact Jane Doe using these methods.", "contact-appeal"},
        {"The Some Paper app has a tool to send tips about stories. Messages are end to end encrypted.", "contact-appeal"},
        {"SecureDrop, instant messengers, email, telephone and post", "contact-appeal"},
        {"Presented by Jane Doe with John Roe. Produced by Jim Poe. Executive producer: Ann Low", "guardian-furniture"},
        {"Try 1 month for free. Cancel anytime.", "subscription-offer"},
        {"Unlock this article", "gift-article"},
        {"Listen now Play episode 48 min", "podcast-player"},
        {"Save articles for later. Add articles to your saved list and come back to them any time. Got it", "podcast-player"},
        {"Play video Your browser cannot play this video", "player-message"},
        {"Live blog by Jane Doe and John Roe", "live-byline"},
        {"Contact us About us Rewards Archive Newsletters Download the Some Paper App Privacy", "footer-links"},
        {"Reporting by Some Wire; Editing by Jane Doe Our Standards: The Some Wire Trust Principles., opens new tab",
            "reporting-by"},
        {"Suggested Topics: Europe, Ukraine", "topics-label"},
        {"Share X Facebook Linkedin Email Link", "share-menu"},
        {"Jane Doe Thomson Reuters Chief Russia correspondent, covering the Kremlin and security.", "bio-joined"},
        {"EXCLUSIVE-", "agency-slug-link"},
        {"Reuters \u00b7 1:45", "clip-length"},
        {"Edition: United Kingdom", "guardian-furniture"}};
    assertDropsAndKeeps("Reuters", chrome,
        "Jane Doe in Kyiv and John Roe in Odesa met on Sunday.",
        "Dr Jane Doe, a lecturer in Russian politics, said the vote was rigged.",
        "Cruz Twists FBI Director\u2019s Words",
        "Deputy FBI Director Andrew McCabe",
        "If you have something to say, the minister said, say it in parliament.",
        "Try as they might, the negotiators failed.",
        "Unlock the potential of the alliance, the minister urged.",
        "Share prices in Moscow fell 4% on Monday.",
        "Topics: sanctions and gas were on the agenda, officials said.");
    assertCutsTo("Guardian", "Photograph: Jane Doe/EPA The Foreign Office summoned the ambassador.",
        "The Foreign Office summoned the ambassador.", "caption-credit-glued");
  }

  @Test
  void dropsTheNinetyThirdToNinetySixthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Doe reported from Dubai, United Arab Emirates and Roe reported from Tehran.", "reported-from"},
        {"Doe, Roe and Poe reported from Washington.", "reported-from"},
        {"Jane Doe, writing at The Hill:", "writing-at-label"},
        {"Relevant links from the show:", "links-heading"},
        {"Tune into Some Network at 1 p.m. ET every weekday for special coverage with the full team.", "broadcast-promo"},
        {"All times Eastern.", "live-times-note"}},
        "Doe reported from Dubai that the ship had been seized.",
        "Jane Doe, writing in 1917, saw it differently.",
        "Watch the skies, the general told reporters.",
        "All times are hard times for reformers in Moscow.");
    assertCutsTo("Some Outlet", "ERBIL, Iraq\u2013 During a visit to the front, reporters saw old weapons.",
        "During a visit to the front, reporters saw old weapons.", "city-dateline");
    assertDropsAndKeeps("Some Outlet", new String[0][], "USA\u2013Russia talks resumed on Monday.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheFourteenthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Jane DoeBBC News", "byline-service-glued"},
        {"Published 3 hours agoShareSave", "stamp-share-glued"},
        {"Thu 14 Mar 2024 13.02 GMTShare", "stamp-share-glued"},
        {"By Jane Doe, Russia editor, Moscow17 March 2024ShareSave", "byline-dated"},
        {"Vladimir PutinRussiaSanctionsUK-Russia relations", "topic-run"},
        {"This article contains content provided by X. We ask for your permission before anything is loaded.",
            "embed-consent"},
        {"Content is not availableView more on X", "embed-consent"},
        {"Please enable cookies and other technologies to view this content.", "embed-consent"},
        {"Enable All Cookies", "cookie-consent"},
        {"10:4514 MarBreaking", "live-post-stamp"},
        {"Read this article in Russian", "language-edition-link"},
        {"Gift this article freeListen to this articleSave", "article-tools"},
        {"Please refresh the page for the latest version.", "live-furniture"},
        {"Loading latest posts...", "live-furniture"},
        {"This is a developing story, refresh this page for the latest updates.", "developing-note"},
        {"Oldest firstNewest firstThreads collapsed", "comment-count"},
        {"You've read 12 articles in the last year. Before you move on, we hope you will support us.", "reader-appeal"},
        {"Item 1 of 4", "gallery-counter"},
        {"Aerospace & Defensecategory", "category-label"},
        {"Jane Doe covers Russian politics from Moscow. She joined Reuters in 2015 after eight years at a daily.",
            "bio-joined"},
        {"Contact: +44 7700 900456", "contact-channel"},
        {"Reuters Video02:14", "clip-length"},
        {"LIVE UPDATES", "section-label"},
        {"View 2 more stories", "section-label"},
        {"Reuse this contentMost viewed", "section-label"}};
    assertDropsAndKeeps("Reuters", chrome,
        "Jane Doe of BBC News was expelled in 2021.",
        "Published three hours ago, the report was shared widely.",
        "This article contains claims the Kremlin denies.",
        "Read this article's claims with care, the minister warned.",
        "Save for the envoy, no one spoke.",
        "Jane Doe covers her tracks well, investigators said.",
        "Item 1 of the agenda was the ceasefire.");
    assertCutsTo("Guardian", "Photograph: Jane Doe/ReutersUkraine\u2019s foreign minister said Kyiv would not attend.",
        "Ukraine\u2019s foreign minister said Kyiv would not attend.", "caption-credit-glued");
    assertCutsTo("Guardian", "17.05 GMTPolling stations in occupied parts of the region have closed.",
        "Polling stations in occupied parts of the region have closed.", "live-post-stamp");
  }

  @Test
  void dropsTheNinetySeventhToHundredthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"Appeared in the May 8, 2017, print edition as 'Some Candidate Cruises to Victory.'", "print-issue"},
        {"{Editor's note: As a public service, all our coronavirus coverage is free.", "editors-note-page"},
        {"Jane Doe is the former governor of Somewhere and the former chair of Some Committee.", "bio-former"}},
        "Appeared in court on Monday, the suspect said nothing.",
        "Jane Doe is the former governor who signed the law.");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheFifteenthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Jane Doe & John Roe BBC News", "byline-outlet"},
        {"Jane Doe Moscow correspondent 2 hours ago", "byline-role-ago"},
        {"Share page About sharing", "share-menu"},
        {"Share on Facebook Share on Twitter Share via Email Last modified on Mon 4 Mar 2024 10.02 GMT", "share-menu"},
        {"Reuters/Jane Doe", "agency-photographer"},
        {"Show latest updates", "live-furniture"},
        {"Refresh", "live-furniture"},
        {"This blog is now closed. You can find all our coverage here.", "live-frame"},
        {"That's all from us for today. Join us again tomorrow for the latest.", "live-signoff"},
        {"In some cases your comment will be published, displaying your name and location, unless you state otherwise.",
            "form-small-print"},
        {"Sign in Register Already have an account?", "account-prompt"},
        {"Quick guide: What sanctions are in force?", "box-title"},
        {"Explained: What does the new doctrine mean?", "box-title"},
        {"Timeline | The poisonings in Wiltshire", "box-title"},
        {"Key facts", "section-label"},
        {"Report an error", "section-label"},
        {"Some Show Podcast Episode 12 · 31 min", "podcast-player"},
        {"Some Show Listen to the full episode", "podcast-player"},
        {"Listen to Some Show, the paper's daily podcast, on Apple, Spotify or your favourite podcast app",
            "podcast-promo"},
        {"The spring offensive in pictures", "media-title"},
        {"Unlock this article Subscribe for £1 a week. Cancel anytime.", "paywall"},
        {"Minister summoned over drone claims 5 Mar 2024, 3:12pm", "link-with-stamp"},
        {"Play Video Now Playing", "video-queue"},
        {"Loading video Your browser does not support this video", "player-message"},
        {"Reuters provides business and international news to professionals via desktop terminals.",
            "outlet-self-description"},
        {"Jane covers energy from Moscow. She joined Reuters in 2019 after working at a daily.", "bio-joined"},
        {"Section · March 5, 2024 · 5:42 PM GMT · Updated ago", "meta-dots"}};
    assertDropsAndKeeps("Reuters", chrome,
        "Jane Doe and John Roe of BBC News were expelled in 2021.",
        "Putin and Lavrov met in Sochi 3 days ago.",
        "Reuters/Ipsos polling shows support for sanctions has fallen since March.",
        "Show latest figures to the cabinet before the vote, the minister told aides.",
        "Refresh your memory of the sanctions with this list.",
        "Explained in one line: the sanctions target banks.",
        "Timeline: how the poisoning unfolded",
        "Episode 4 of the inquiry lasted 34 minutes.",
        "Putin met Xi in Beijing on 5 Mar 2024, 3:12pm local time, officials said.",
        "Jane covers the Kremlin's finances for a Moscow daily and joined Vedomosti in 2016.",
        "4 hours ago, the Kremlin said nothing.",
        "This article is more than a summary of the talks.",
        "Your comments will be published in the next edition, the editor promised readers.");
    assertCutsTo("Guardian", "This article is more than 1 year old Russia summons British ambassador over drone claims",
        "Russia summons British ambassador over drone claims", "article-age");
    assertCutsTo("Guardian", "4h ago Minister says talks will go on", "Minister says talks will go on", "live-post-stamp");
    assertCutsTo("Reuters", "6 minutes ago10:32 GMT Air force says 28 drones downed overnight",
        "Air force says 28 drones downed overnight", "live-post-stamp");
  }

  @Test
  void dropsTheHundredFirstToHundredFourthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("NPR", new String[][] {
        {"EDITOR’S NOTE — A look at the claims of political figures.", "editors-note-page"},
        {"Editor's note: An earlier version of this report misstated the date of the meeting.", "editors-note-page"},
        {"Editor's note: Some Company is among NPR's financial supporters.", "editors-note-page"},
        {"EDITOR’S NOTE: Jane Doe has written about politics for 35 years.", "editors-note-page"},
        {"Be part of our climate coverage: We'd like to hear from you on how it affects your town.", "call-out"},
        {"Jane Doe, Professor of Law, University of Somewhere", "name-post-place"},
        {"Now playing: Watch this: Election hacking explained", "video-queue"}},
        "Editor's Note: The launch was moved to Saturday because of the weather.",
        "“We'd love to hear from you,” the mayor told residents.",
        "Jane Doe, Professor of Law, said the ruling was wrong.",
        "Now playing at the Bolshoi, the opera drew protests.");
    assertCutsTo("NewsBusters", "The first portion came to an end (click “expand”):", "The first portion came to an end :",
        "reader-instruction");
  }

  @Test
  void dropsTheHundredFifthToHundredEighthSamplesKindsOfChromeAndKeepsProseLikeThem() {
    assertDropsAndKeeps("Some Outlet", new String[][] {
        {"(MORE: Former envoy says she felt threatened: Deposition)", "related-parenthesis"},
        {"[Jane Doe: Behind the furor: Why the remarks about her health exploded]", "bracketed-pointer"},
        {"Spokesman Jane Doe (L), pictured here with the president, said Monday the measures were dangerous.",
            "caption-position"},
        {"Story produced by Jane Doe.", "production-credit"},
        {"Jane Doe (@JaneDoe) is an award-winning journalist and the host of a weekly show.", "bio-with-handle"},
        {"The full schedule is here.", "read-full"},
        {"See the List of laureates by country.", "read-full"},
        {"See profile of the two brothers.", "read-full"},
        {"There’s still time to sign up for the Institute's summit (where I will be condemned in absentia).",
            "sign-up"}},
        "Sen. Jane Doe (R), who chairs the panel, said the vote would happen.",
        "(More than 40 people were hurt.)",
        "The full list of sanctioned banks is long.",
        "See the list of demands the Kremlin issued, which runs to eight points.",
        "There is still time to stop the war, he said.",
        "Jane Doe (@JaneDoe) wrote that the vote was rigged.");
    assertCutsTo("Some Outlet", "TC 00:01:16 - 00:01:26” VO - The public breach contributed to the decision.",
        "The public breach contributed to the decision.", "video-cue");
  }

  @Test
  void dropsTheBritishPagesFurnitureOfTheSixteenthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Image source, Getty ImagesImage caption, Rescue workers searched the rubble through the night", "image-copyright"},
        {"Play video, \"Minister warns the West\", duration 1 minute, 42 seconds", "player-message"},
        {"Video Player is loading.Play VideoPlayMuteCurrent Time 0:00/Duration 2:14Loaded: 0%", "player-message"},
        {"Jane DoeRussia editor, Moscow", "byline-service-glued"},
        {"The BBC is not responsible for the content of external sites.End of X post by Some Account",
            "external-links-note"},
        {"This page is no longer being updated. You can read more on this story here.", "live-frame"},
        {"WhatsApp: +44 7700 900123 Upload pictures or video Please read our terms & conditions", "contact-channel"},
        {"Enter your email address Sign up", "sign-up"},
        {"Show key events onlyPlease turn on JavaScript to use this feature", "live-furniture"},
        {"See latest", "live-furniture"},
        {"SingleMonthlyAnnual£4 per month£10 per monthOtherContinueRemind me in May", "reader-appeal"},
        {"What is the Wagner group?Show", "guardian-furniture"},
        {"It’s your choice We use cookies to improve your experience on our site.", "account-prompt"},
        {"Jane Doe, Moscow Correspondent14 March 2024 • 6:00am", "byline-dated"},
        {"Save this article for later", "podcast-player"},
        {"Subscribe to read the full article", "paywall"},
        {"Register free to continue reading", "paywall"},
        {"Start your free trial Cancel anytime.", "paywall"},
        {"10:32AM ShareSave", "stamp-share-glued"},
        {"Terms and Conditions Privacy Accessibility Contact us Syndication and Publications Archive", "footer-links"},
        {"Log in Subscribe My Account", "footer-links"},
        {"A meeting at the Kremlin, March 11, 2024. Sputnik/Jane Doe/Kremlin via REUTERS Purchase Licensing Rights",
            "agency-photographer"},
        {"March 12, 20242:45 PM GMT+3Updated 6 hours ago", "page-timestamp"},
        {"Covers energy and sanctions. Joined Reuters in 2012 after six years at a news agency.", "bio-joined"},
        {"Russia says it downed 47 drones overnight, category World, March 12, 2024", "link-with-stamp"},
        {"Factbox-What sanctions has Britain imposed?", "box-title"},
        {"Keywords: UKRAINE-CRISIS/BRITAIN-SANCTIONS", "wire-keywords"}};
    assertDropsAndKeeps("Reuters", chrome,
        "Keywords matter in the search, the engineer said.",
        "What is the Wagner group? Show me the money, he said.",
        "Play video games with the Kremlin at your peril, the minister said.",
        "Jane Doe, the paper's Moscow correspondent, wrote on 14 March 2024 that the talks failed.",
        "Covers were torn off the books. Joined by police, the crowd left.",
        "The images came via REUTERS partners, the agency said.",
        "Start your day with the news, the minister joked.",
        "Sign up, the recruitment posters urge, and earn more in a month than a teacher does in a year.");
  }

  @Test
  void dropsAHeadlineThatEndsTheArticleAndKeepsOneWithItsParagraph() {
    String head = "Russia denied it.\n\nTalks at the summit\n\nThe two sides met for three hours.";
    assertCleans(head + "\n\nPutin issues retaliatory ban on food imports", "Some Outlet",
        "Russia denied it. Talks at the summit The two sides met for three hours.", ArticleCleaner.TRAILING_HEADLINE);
    assertCleans(head + "\n\nThe ban took effect on Monday.", "Some Outlet",
        "Russia denied it. Talks at the summit The two sides met for three hours. The ban took effect on Monday.");
    assertCleans("Russia denied it.\n\nPutin issues retaliatory ban on food imports", "Some Outlet",
        "Russia denied it. Putin issues retaliatory ban on food imports");
  }

  @Test
  void readsALineWithoutTheInvisibleCharactersAtItsEnds() {
    assertCleans("Russia denied it.\n\nAdditional reporting by Jane Doe\u200b", "Some Outlet", "Russia denied it.",
        "reporting-by");
    assertCleans("Russia denied it.\n\n\ufeffRead more: Kremlin rejects the claims", "Some Outlet", "Russia denied it.",
        "read-more");
    String text = "Russia denied it.\n\nThe vote is set.\n\nThat would be after Election Day.\u200b\u200b";
    assertCleans(text, "Some Outlet", prose(text));
  }

  @Test
  void dropsTheFurnitureOfTheSeventeenthProbeSetAndOfSamples109To112AndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Content is not available View content on X", "external-links-note"},
        {"Warning: This article contains details some readers may find distressing", "content-warning"},
        {"This video contains images that viewers may find upsetting.", "content-warning"},
        {"Comments are subject to our community guidelines, which can be viewed here.", "comments-policy"},
        {"Subscribe nowLog in", "account-prompt"},
        {"Thank you for your support.", "contribution-appeal"},
        {"Loading latest post...", "live-furniture"},
        {"Your Privacy We and our partners use cookies and similar technologies to store and access information on your "
            + "device. Accept all Reject all Manage preferences", "cookie-banner"},
        {"Advertisement · Scroll to continueReport this ad", "advertisement"},
        {"Sberbank of Russia PJSC Follow", "author-follow"},
        {"Video - 02:14 - Putin hails election 'landslide' as opposition stages noon protest", "media-duration"},
        {"Site Index Terms of Use Privacy Cookies Accessibility Do Not Sell or Share My Personal Information",
            "footer-links"},
        {"READ THE JUDGE'S ORDER", "read-full"},
        {"READ FULL MEMOS HERE", "read-full"},
        {"For more Some Outlet coverage of the election, listen to the daily podcast.", "more-link"},
        {"Jane Doe collection", "media-provided"},
        {"Jane Doe, BBC Wales political editor", "byline-post"},
        {"Local Democracy Reporting Service", "agency-place"},
        {"Exclusive news, data and analytics for financial market professionals", "outlet-self-description"},
        {"Latest updates and news on the Munich Security Conference held at the Hotel Bayerischer Hof.", "section-blurb"},
        {"Use the controls at the bottom to stop / resume the animation or to move back and forth in time.",
            "graphic-instructions"},
        {"Hover over a country to see how many sanctions it has imposed.", "graphic-instructions"}};
    assertDropsAndKeeps("Some Outlet", chrome,
        "Warning: sanctions will follow, the minister said.",
        "Comments are subject to review by the ministry, the spokesman said.",
        "Thank you for your support, the candidate told the crowd.",
        "Loading the trucks took all night.",
        "The Kremlin collection of icons was moved in 1918.",
        "Jane Doe, a former BBC Wales political editor, said the vote was rigged.",
        "Read the judge's order carefully, the lawyer said.",
        "Video of the strike was shared widely.",
        "Sberbank of Russia PJSC said profits rose.",
        "Exclusive news of the deal leaked on Friday.",
        "Latest news on the talks came late on Friday, when the minister spoke.",
        "Use the sanctions to see whether Moscow changes course, the senator said.",
        "Select committees use the hearings to question ministers.",
        "Join the conversation in any Moscow kitchen and the talk soon turns to the price of eggs.");
    assertCutsTo("Some Outlet", "He called the vote a farce.Image source, Getty Images", "He called the vote a farce.",
        "credit-glued-end");
    assertCutsTo("Some Outlet", "The embassy declined to comment.Related: UK expels Russian defence attaché over spying",
        "The embassy declined to comment.", "related-glued");
    assertCutsTo("Some Outlet", "This is an edited version of an essay first published in the spring issue of Some "
        + "Magazine. The war began in 2014.", "The war began in 2014.", "published-before-note");
    String story = "The grandparents are telling the old family stories for the 37th time, about the ship, the port and "
        + "the first winter in a city none of them had seen before.";
    assertCutsTo("Some Outlet", story + " To hear more feature stories, get the Listenr iPhone app. The oldest one is "
        + "about Moscow.", story + " The oldest one is about Moscow.", "audio-app-promo");
    assertCleans("Jane Doe in Riga\n\nRussia denied it.", "Some Outlet", "Russia denied it.", "opening-writers");
  }

  @Test
  void dropsATopicTagThatEndsTheArticleAndKeepsADateOrAVerdict() {
    String head = "Russia denied it.\n\nTalks at the summit\n\nThe two sides met for three hours.";
    assertCleans(head + "\n\nMueller investigation", "Some Outlet",
        "Russia denied it. Talks at the summit The two sides met for three hours.", ArticleCleaner.TRAILING_HEADLINE);
    for (String kept : List.of("November 2016", "VERDICT: False", "on Monday")) {
      assertCleans(head + "\n\n" + kept, "Some Outlet",
          "Russia denied it. Talks at the summit The two sides met for three hours. " + kept);
    }
  }

  @Test
  void dropsTheFurnitureOfTheEighteenthProbeSetAndOfSamples113To116AndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Reporting fromKyiv", "byline-stamp"},
        {"Post by Jane Doe, Live reporter", "byline-stamp"},
        {"Ukraine strikes Russian airbase in Crimea, Kyiv saysPublished2 days ago", "published-link"},
        {"Europecategory Russia expels British defence attache, says he is a spy 3:14 PM GMT", "link-with-stamp"},
        {"Skip twitter content, 1", "embed-consent"},
        {"End of twitter content, 1", "embed-consent"},
        {"Additional reporting by Jane Doe and the BBC Russian service", "reporting-by"},
        {"Jump to: What happened in Salisbury? | Who has been charged? | What happens next?", "page-navigation"},
        {"Jane Doe in Riga and agenciesWed 13 Mar 2024 14.20 GMT", "agency-place"},
        {"The most pressing stories and debates for Europeans – from identity to economics to the environment",
            "newsletter-tagline"},
        {"Looking for a quick way to keep up with the never-ending news cycle? Host Jane Doe will guide you through "
            + "the most important stories at the end of each day.", "newsletter-tagline"},
        {"We have launched a new blog – you can follow our latest coverage here", "live-frame"},
        {"Russia-Ukraine war at a glance: what we know on day 742 of the invasion", "live-furniture"},
        {"Refresh to see the latest posts", "live-furniture"},
        {"Continue readingSubscribe now", "account-prompt"},
        {"Ukraine: The Latest – Episode 624", "media-title"},
        {"Protect yourself and your family by learning more about Global Health Security", "section-blurb"},
        {"EmailXLinkedIn", "share-menu"},
        {"Access unmatched financial data, news and content in a highly-customised workflow experience on desktop, "
            + "web and mobile.", "outlet-self-description"},
        {"CompaniesGazprom PJSCGAZP.MM-1.23%", "author-follow"},
        {"Mueller report::Trump's anger over Russia probe may have saved him", ArticleCleaner.GLUED_LINK}};
    assertDropsAndKeeps("Some Outlet", chrome,
        "Reporting from Kyiv is dangerous, the editor said.",
        "Post by post, the blog filled up with denials.",
        "Jump to conclusions at your peril, the judge said.",
        "The most pressing stories for Europeans this year were about energy, the survey found.",
        "Looking for a quick way to keep up with the news? Try reading less, he said.",
        "We have launched a new inquiry into the sale, the minister said.",
        "Refresh your memory of the 2018 attack before you read on.",
        "Protect yourself and your family, the health minister urged on Tuesday.",
        "Access to the site was blocked in Russia on Friday.");
    assertCutsTo("Some Outlet", "A bus damaged by a drone strike in Belgorod Credit: TelegramOfficials said three "
        + "passengers had been taken to hospital.", "Officials said three passengers had been taken to hospital.",
        "caption-credit-glued");
  }

  @Test
  void dropsTheFurnitureOfTheNineteenthProbeSetAndKeepsProseLikeIt() {
    String[][] chrome = {
        {"Duration 2 minutes 31 seconds", "media-duration"},
        {"About sharing", "share-menu"},
        {"X Facebook Linkedin Email Link", "share-menu"},
        {"Skip past newsletter promotion", "page-navigation"},
        {"Newest Newer Older Oldest", "live-furniture"},
        {"Show", "embed-label"},
        {"Expand", "embed-label"},
        {"Hosted by Jane Doe and John Smith", "production-credit"},
        {"Some Outlet graphic. Source: Institute for the Study of War. Data as of 12 March", "source-line"},
        {"Story saved You can find this story in My Bookmarks.", "account-prompt"},
        {"Register Sign In", "account-prompt"},
        {"Ukraine: The Latest podcastListen now", "media-title"},
        {"World category", "link-with-stamp"},
        {"Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv",
            "outlet-self-description"}};
    assertDropsAndKeeps("Some Outlet", chrome,
        "The duration of the talks, two minutes, surprised everyone.",
        "Show trials returned to Moscow in the 1930s.",
        "Expand the sanctions, the senator said.",
        "Hosted by the Kremlin, the summit ended without a deal.",
        "The story saved his career, his lawyer said.",
        "Register your interest, the ministry told citizens abroad.",
        "The world category of threats has grown, the report says.");
  }
}
