package org.tonewatch.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;

/**
 * Separates an article's text into its title, its body and the lines that are neither (site chrome, datelines,
 * credits), by the rules of {@code chrome_rules.csv}: a new outlet's chrome is a new row there, not new code.
 *
 * <p>The body has the same length as the text: removed lines and the title are blanked with spaces (newlines kept),
 * so every character offset the NLP stage reports is an offset into the article's text. A paragraph broken in the
 * middle of a sentence (no closing punctuation, next paragraph starts in lower case) is joined back by turning the
 * newlines between the two halves into spaces.
 *
 * <p>Serializable and immutable; runs on executors; thread-safe.
 */
public final class ArticleCleaner implements Serializable {
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;]['\"’”)\\]]*$");
  private static final int MAX_TITLE_WORDS = 30;
  /** The most words of a round-up entry's headline after its writer's name and colon (see {@link #dropWritersBios}). */
  private static final int MAX_ENTRY_HEADLINE_WORDS = 14;
  private static final Pattern BROKEN_OFF = Pattern.compile("[—–]\\s*$|\\s-{1,2}\\s*$");
  /** The most words a line of topic tags has (see {@link ChromeRule#dropsTags}). */
  static final int MAX_TAG_WORDS = 5;
  /**
   * A label that opens a note about the page ("Editor's note:", "Correction:", "Update:"): the line rules are matched
   * again on what follows it, so that "Correction: An earlier version of this story misstated ..." is dropped by the
   * rule for the note itself, and a correction that states a fact about the story stays.
   */
  private static final Pattern PAGE_LABEL =
      Pattern.compile("(?i)(?:editor[’']?s[’']? note|note|update|correction|clarification)\\s*:\\s*");
  /** The rule name recorded for a list of links (see {@link #dropLinkLists}). */
  static final String LINK_LIST = "link-list";
  /** The rule name recorded for a link whose label is glued to its headline (see {@link #dropLinkLists}). */
  static final String GLUED_LINK = "glued-link";
  /** The rule name recorded for a newsletter's table of contents (see {@link #dropContents}). */
  static final String CONTENTS = "contents-list";
  /** The rule name recorded for a writer's bio (see {@link #dropWritersBios}). */
  static final String WRITER_BIO = "writer-bio";
  /** What ends a heading run into its paragraph: a dash or a colon ("OBAMACARE NAVIGATORS NOT TRAINED - A House …"). */
  private static final Pattern RUN_IN = Pattern.compile("\\s*[-–—:]\\s");
  /** A list item's mark. */
  private static final Pattern BULLET = Pattern.compile("[•·*▪►■◆●‣⦁]\\s*");
  /** A name alone on its line, perhaps after "By": a byline ("Sahar Aziz", "By Jane Doe"). */
  private static final Pattern NAME_LINE =
      Pattern.compile("(?:(?i:by)\\s+)?(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})");
  /** What follows a name in a bio: "is …", also after an apposition ("Jane Doe, a Y, is …"). */
  private static final Pattern BIO_VERB = Pattern.compile("(?:,[^.!?]{3,200}?,)?\\s+is\\s");
  /** The rule name recorded for a photo gallery's captions (see {@link #dropGalleries}). */
  static final String CAPTION_RUN = "caption-run";
  /** The rule name recorded for a headline that ends the article (see {@link #dropTrailingHeadline}). */
  static final String TRAILING_HEADLINE = "trailing-headline";
  /** The fewest kept lines an article has for its last one to be read as a headline with nothing under it. */
  private static final int MIN_LINES_FOR_TRAILING_HEADLINE = 3;
  /** What a topic tag at the end of an article does not hold: a figure or a colon (see {@link #isTrailingTag}). */
  private static final Pattern TAG_STOPPERS = Pattern.compile("[\\d:]");
  /** The rule name recorded for a caption printed twice in a row (see {@link #dropDoubledCaptions}). */
  static final String DOUBLED_CAPTION = "doubled-caption";
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  /** What a camera sees someone do, in the present tense, in a caption ({@link #CAPTION}). */
  private static final String CAPTION_VERBS = "poses?|is seen|are seen|stands?|sits?|waves?|arrives?|attends?|speaks?"
      + "|shakes? hands|greets?|walks?|listens?|looks? on|gestures?|reacts?|smiles?|hugs?|embraces?|celebrates?"
      + "|testifies|applauds?|prays?|kisses|laughs?|casts?|is sworn in|takes the oath";
  /**
   * A photo's caption: someone doing something a camera sees, in the present tense, at a place and a date that end the
   * sentence ("... pose for a photo with the president after talks in Moscow in February 2019."), or the positions of
   * the people in the picture ("Netanyahu, right, with a friend ..."; "From left, ...").
   */
  private static final Pattern CAPTION = caption(CAPTION_VERBS, 450);
  /**
   * A gallery's caption, read more widely once the doubled captions have gone ({@link #dropGalleries}): more verbs of
   * what a camera sees, which prose uses too ("Obama shakes the hand of …", "The President delivers a statement on …
   * on August 18, 2014."), and longer captions, of a few sentences.
   */
  private static final Pattern GALLERY_CAPTION = caption(CAPTION_VERBS
      + "|shakes?|leaves?|escorts?|delivers?|enjoys?|monitors?|acknowledges?|watch(?:es)?|tours?|visits?|signs?", 900);

  private static Pattern caption(String verbs, int longest) {
    return Pattern.compile("^(?=.{0," + longest + "}$)(?:[^!?]{3,300}?\\b(?:" + verbs + ")\\b[^!?]{0,250}?\\b(?:in|on)\\s+"
        + "(?:" + MONTH + "(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{4}|\\p{Lu}\\p{Ll}+day(?:,\\s+" + MONTH + "\\s+\\d{1,2})?)\\.(?:\\s|$)"
        + "|[^.!?]{0,120}?(?:, (?:left|right|center|centre|second from (?:left|right)),|\\((?:left|right|center|centre)\\))"
        + "|From left, ).*");
  }

  /**
   * A link to another story whose label is glued to its headline, with no space after the colon, or after two
   * ("More:Trump imposes tariffs on allies", "Fact check:Coronavirus originated in China", "Nearly 500 witnesses, 675
   * days:The inquiry by the numbers", "Mueller report::Trump's anger …"): the label has no stop, and prose puts a
   * space after a colon.
   */
  private static final Pattern GLUED_LINK_LINE = Pattern.compile("[^:.!?]{2,60}[\\p{Ll}\\p{N}'’)]::?\\p{Lu}.{5,240}");

  private final List<ChromeRule> rules;
  /** Each known outlet's names, for the rules that name the article's own outlet ({@link ChromeRule#OUTLET}). */
  private final Map<String, List<String>> outletNames;
  /** Every name of every known outlet, for the rules that name any outlet ({@link ChromeRule#ANY_OUTLET}). */
  private final List<String> allOutletNames;
  private transient Map<String, Pattern[]> compiled;

  public ArticleCleaner(List<ChromeRule> rules, Map<String, List<String>> outletNames) {
    Set<String> names = new HashSet<>();
    for (ChromeRule rule : rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("chrome rule " + rule.name() + " is defined twice: a removed line names the one "
            + "rule that removed it");
      }
    }
    this.rules = List.copyOf(rules);
    this.outletNames = Map.copyOf(outletNames);
    this.allOutletNames = this.outletNames.values().stream().flatMap(List::stream).sorted().toList();
  }

  /** A cleaner whose outlets are known only by the name an article gives. */
  public ArticleCleaner(List<ChromeRule> rules) {
    this(rules, Map.of());
  }

  public static ArticleCleaner load(ReferenceData reference) {
    List<ChromeRule> rules = new ArrayList<>();
    for (Map<String, String> row : reference.rows("chrome_rules.csv")) {
      String outlets = row.getOrDefault("outlets", "");
      rules.add(new ChromeRule(row.get("rule"), row.get("kind"), row.get("match"), row.get("pattern"), row.get("then"),
          outlets == null || outlets.isBlank() ? Set.of() : Set.of(outlets.strip().split("\\s*\\|\\s*"))));
    }
    return new ArticleCleaner(rules, Outlets.load(reference).names());
  }

  /** What a line was removed as. */
  public record Removed(String rule, String kind, String line) {}

  /** The result: {@code title} may be null; {@code body} is as long as the text. */
  public record Cleaned(String title, String body, List<Removed> removed) {}

  /** Cleans {@code text}, taking its first line as the title when it reads like a headline. */
  public Cleaned cleanWithTitle(String text, String outlet) {
    return clean(text, outlet, true);
  }

  /** Cleans {@code text} whose title is known from elsewhere (news-please gives it apart from the body). */
  public Cleaned cleanBodyOnly(String text, String outlet) {
    return clean(text, outlet, false);
  }

  private Cleaned clean(String text, String outlet, boolean findTitle) {
    char[] body = text.toCharArray();
    List<Removed> removed = new ArrayList<>();
    List<int[]> kept = new ArrayList<>();
    ChromeRule dropping = null; // a rule that drops the rest of the text, or the tag or link lines after its own
    boolean opening = true;
    int ordinal = 0; // the number of non-empty lines before this one
    Map<String, Integer> writers = new java.util.HashMap<>(); // a name on a line of its own, and where it stood
    List<String> lines = new ArrayList<>(); // every non-empty line, removed or kept
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = trim(text.substring(start, end));
      if (dropping != null && !line.isEmpty()
          && (dropping.dropsTags() && !isTagLike(line) || dropping.dropsLinks() && !isLinkedHeadline(line))) {
        dropping = null;
      }
      Matcher writer = NAME_LINE.matcher(line);
      if (writer.matches()) {
        writers.putIfAbsent(writer.group(1), ordinal);
      }
      if (!line.isEmpty()) {
        lines.add(line);
        boolean opensBody = findTitle ? kept.size() == 1 && isHeadline(line(body, kept.get(0))) : kept.isEmpty();
        ChromeRule rule = dropping != null ? null : match(line, outlet, opensBody);
        if (rule != null && findTitle && opening && rule.sparesOpeningHeadline()) {
          rule = null; // the text's own headline, which the title is read from below
        }
        opening = false;
        if (dropping != null || rule != null) {
          blank(body, start, end);
          removed.add(rule != null ? new Removed(rule.name(), rule.kind(), line) : new Removed(dropping.name(), "chrome", line));
          if (rule != null && (rule.dropsRest() || rule.dropsTags() || rule.dropsLinks())) {
            dropping = rule;
          }
        } else {
          blankSpans(text, start, end, outlet, body, removed);
          if (!new String(body, start, end - start).isBlank()) {
            kept.add(new int[] {start, end, ordinal});
          }
        }
        ordinal++;
      }
      start = end + 1;
    }

    String title = null;
    if (findTitle && kept.size() > 1) {
      int[] first = kept.get(0);
      String line = line(body, first);
      if (isHeadline(line)) {
        title = line;
        blank(body, first[0], first[1]);
        kept.remove(0);
      }
    }

    dropLinkLists(body, kept, removed);
    dropContents(body, kept, removed, lines);
    dropWritersBios(body, kept, removed, writers);
    dropGalleries(body, kept, removed);
    dropTrailingHeadline(body, kept, removed);

    for (int i = 1; i < kept.size(); i++) {
      String before = line(body, kept.get(i - 1));
      String after = line(body, kept.get(i));
      if (!SENTENCE_END.matcher(before).matches() && Character.isLowerCase(after.codePointAt(0))) {
        for (int c = kept.get(i - 1)[1]; c < kept.get(i)[0]; c++) {
          body[c] = ' ';
        }
      }
    }
    return new Cleaned(title, new String(body), List.copyOf(removed));
  }

  /**
   * Two or more lines in a row that each read like a headline (no closing stop, three to sixteen words, a capital
   * first) are a list of links to other stories, not the article: a subheading stands alone before its paragraph. Then
   * a glued link ({@link #GLUED_LINK_LINE}) goes also alone, its glue marks it; it is looked for after the lists so that
   * a list it stood in is still one.
   */
  private static void dropLinkLists(char[] body, List<int[]> kept, List<Removed> removed) {
    dropRuns(body, kept, removed, i -> isLinkLike(line(body, kept.get(i))), 2, 0, LINK_LIST);
    dropRuns(body, kept, removed, i -> isGluedLink(line(body, kept.get(i))), 1, 0, GLUED_LINK);
  }

  /**
   * The last line of an article that reads like a headline ({@link #isLinkLike}) or a topic tag ({@link #isTrailingTag})
   * is a link to another story, a tag or a credit: a subheading stands over its paragraph, and this one has nothing
   * under it. A list of such lines at the end is already gone as a list of links; an article of fewer than
   * {@link #MIN_LINES_FOR_TRAILING_HEADLINE} lines keeps its last line.
   */
  private static void dropTrailingHeadline(char[] body, List<int[]> kept, List<Removed> removed) {
    int last = kept.size() - 1;
    if (kept.size() >= MIN_LINES_FOR_TRAILING_HEADLINE) {
      String line = line(body, kept.get(last));
      if (isLinkLike(line) || isTrailingTag(line)) {
        dropRuns(body, kept, removed, i -> i == last, 1, 0, TRAILING_HEADLINE);
      }
    }
  }

  /**
   * A topic tag that ends an article: one or two words, a capital first, no stop, no figure and no colon ("Ukraine",
   * "Mueller investigation"); a date ("November 2016") or a verdict ("VERDICT: False") stays.
   */
  private static boolean isTrailingTag(String line) {
    return line.split("\\s+").length <= 2 && Character.isUpperCase(line.codePointAt(0))
        && !SENTENCE_END.matcher(line).matches() && !TAG_STOPPERS.matcher(line).find();
  }

  private static boolean isGluedLink(String line) {
    return GLUED_LINK_LINE.matcher(line).matches();
  }

  /**
   * A newsletter's table of contents: a list item whose words come back further down, in other case, on a line of
   * their own or as the run-in heading of a paragraph ("• Clintons seek to show new vigor" and later "CLINTONS SEEK TO
   * SHOW NEW VIGOR"), as the heading of the item it lists. The heading is not touched here.
   */
  private static void dropContents(char[] body, List<int[]> kept, List<Removed> removed, List<String> lines) {
    boolean[] entry = new boolean[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      String line = line(body, kept.get(i));
      Matcher bullet = BULLET.matcher(line);
      if (!bullet.lookingAt()) {
        continue;
      }
      String item = line.substring(bullet.end());
      for (String later : lines.subList(kept.get(i)[2] + 1, lines.size())) {
        if (headsItem(later, item)) {
          entry[i] = true;
          break;
        }
      }
    }
    dropRuns(body, kept, removed, i -> entry[i], 1, 0, CONTENTS);
  }

  /**
   * True when {@code later} is {@code item} in other case, alone or as the run-in heading of its paragraph
   * ("OBAMACARE NAVIGATORS NOT TRAINED - A House committee report …").
   */
  private static boolean headsItem(String later, String item) {
    if (!later.regionMatches(true, 0, item, 0, item.length()) || later.startsWith(item)) {
      return false;
    }
    return later.length() == item.length() || RUN_IN.matcher(later).region(item.length(), later.length()).lookingAt();
  }

  /**
   * A writer's bio: a line that opens with the name a byline gave alone on an earlier line ("Sahar Aziz" … "Sahar Aziz
   * is associate professor at … She is also a fellow at …"), goes whole, with every sentence of it. A name that heads
   * the very next line is a subheading ("Konstantin Kilimnik" / "Konstantin Kilimnik is one of the most curious
   * characters …"), and that line stays. A round-up entry's heading goes too: a line that opens with a name and a colon,
   * with that name alone on the next line ("Jane Doe: Trump's strategy -- Attack, attack, attack" / "Jane Doe"), or
   * anywhere else when the words after the colon read like a headline ("Jane Doe: Can the US beat ISIS alone?" with
   * "Jane Doe" over her bio at the end): a speaker's words in a transcript end with a full stop or run longer.
   */
  private static void dropWritersBios(char[] body, List<int[]> kept, List<Removed> removed, Map<String, Integer> writers) {
    if (writers.isEmpty()) {
      return;
    }
    dropRuns(body, kept, removed, i -> {
      String line = line(body, kept.get(i));
      int colon = line.indexOf(':');
      Integer byline = colon > 0 ? writers.get(line.substring(0, colon)) : null;
      if (byline != null && (byline == kept.get(i)[2] + 1 || isEntryHeadline(line.substring(colon + 1)))) {
        return true; // a round-up entry's heading: "Jane Doe: Trump's strategy" over "Jane Doe", or her byline elsewhere
      }
      for (Map.Entry<String, Integer> writer : writers.entrySet()) {
        if (line.startsWith(writer.getKey()) && writer.getValue() < kept.get(i)[2] - 1
            && BIO_VERB.matcher(line).region(writer.getKey().length(), line.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }, 1, 0, WRITER_BIO);
  }

  /**
   * A photo gallery set into the text (CNN's run dozens of captions through an article): three or more lines that read
   * like captions ({@code caption}: {@link #CAPTION}, or {@link #GALLERY_CAPTION} for what a gallery leaves), at most
   * one other line between two of them, go with the lines between them. A
   * single caption-like line is left alone: prose can read like one.
   */
  private static void dropCaptionRuns(char[] body, List<int[]> kept, List<Removed> removed, Pattern caption) {
    dropRuns(body, kept, removed, i -> caption.matcher(line(body, kept.get(i))).matches(), 3, 1, CAPTION_RUN);
  }

  /**
   * A photo gallery: runs of captions ({@link #CAPTION}), then doubled captions, then runs of what is left that read
   * like a gallery's captions ({@link #GALLERY_CAPTION}). The wider reading comes last, so that it only adds to what
   * the first two take: taken first, its lines would break the doubled runs they stand in.
   */
  private static void dropGalleries(char[] body, List<int[]> kept, List<Removed> removed) {
    dropCaptionRuns(body, kept, removed, CAPTION);
    dropDoubledCaptions(body, kept, removed);
    dropCaptionRuns(body, kept, removed, GALLERY_CAPTION);
  }

  /**
   * A paragraph printed twice in a row is a photo's caption: galleries (CNN's) and lead photos (AP's) carry each caption
   * twice, once under the picture and once for the enlarged one. Two or more doubled paragraphs, at most one other line
   * between two of them, are a gallery and go with the lines between them. A lone doubled paragraph goes, both copies,
   * when it reads like a caption ({@link #CAPTION}) or has no closing stop (a credit: "Jane Doe/Contributed"); otherwise
   * it is prose printed twice and stays (its second copy is a repeat, counted once: {@code repeat_of}).
   */
  private static void dropDoubledCaptions(char[] body, List<int[]> kept, List<Removed> removed) {
    boolean[] doubled = new boolean[kept.size()];
    for (int i = 0; i + 1 < kept.size(); i++) {
      if (line(body, kept.get(i)).equals(line(body, kept.get(i + 1)))) {
        doubled[i] = true;
        doubled[i + 1] = true;
      }
    }
    dropRuns(body, kept, removed, i -> doubled[i], 4, 1, DOUBLED_CAPTION);
    for (int i = 0; i + 1 < kept.size(); i++) {
      String line = line(body, kept.get(i));
      if (line.equals(line(body, kept.get(i + 1)))
          && (CAPTION.matcher(line).matches() || !SENTENCE_END.matcher(line).matches())) {
        for (int[] copy : List.of(kept.get(i), kept.get(i + 1))) {
          removed.add(new Removed(DOUBLED_CAPTION, "chrome", line));
          blank(body, copy[0], copy[1]);
        }
        kept.subList(i, i + 2).clear();
        i--;
      }
    }
  }

  /**
   * Drops each run of kept lines in which at least {@code least} lines pass {@code test} (given a line's index in
   * {@code kept}) and at most {@code gap} lines that do not stand between two that do; the run goes from its first
   * passing line to its last.
   */
  private static void dropRuns(char[] body, List<int[]> kept, List<Removed> removed,
      java.util.function.IntPredicate test, int least, int gap, String rule) {
    List<int[]> dropped = new ArrayList<>();
    int first = -1;
    int last = -1;
    int passing = 0;
    for (int i = 0; i <= kept.size(); i++) {
      boolean passes = i < kept.size() && test.test(i);
      if (passes && first >= 0 && i - last - 1 <= gap) {
        last = i;
        passing++;
        continue;
      }
      if (first >= 0 && (passes || i == kept.size() || i - last > gap)) {
        if (passing >= least) {
          for (int[] line : kept.subList(first, last + 1)) {
            removed.add(new Removed(rule, "chrome", line(body, line)));
            blank(body, line[0], line[1]);
            dropped.add(line);
          }
        }
        first = -1;
      }
      if (passes) {
        first = i;
        last = i;
        passing = 1;
      }
    }
    kept.removeAll(dropped);
  }

  /** A line that reads like a link's headline; one that breaks off with a dash is a speaker cut short, not a link. */
  private static boolean isLinkLike(String line) {
    int words = line.split("\\s+").length;
    return words >= 3 && words <= 16 && !SENTENCE_END.matcher(line).matches() && !BROKEN_OFF.matcher(line).find()
        && Character.isUpperCase(line.codePointAt(0));
  }

  /** Words that read like a round-up entry's headline: a few, a question's mark allowed, no full stop. */
  private static boolean isEntryHeadline(String words) {
    String headline = words.strip();
    return !headline.isEmpty() && headline.split("\\s+").length <= MAX_ENTRY_HEADLINE_WORDS && !headline.endsWith(".");
  }

  /** A line that reads like one of a story's topic tags: a few words, no closing stop ("Vladimir Putin"). */
  private static boolean isTagLike(String line) {
    return line.split("\\s+").length <= MAX_TAG_WORDS && !SENTENCE_END.matcher(line).matches();
  }

  private static boolean isHeadline(String line) {
    return !SENTENCE_END.matcher(line).matches() && line.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  /**
   * A line under a links heading ({@link ChromeRule#dropsLinks}) that reads like a linked story's headline: one without
   * a closing stop, or a bulleted one, whose headline may ask a question ("• Will Obama wait for UN on Syria strike?").
   */
  private static boolean isLinkedHeadline(String line) {
    return (BULLET.matcher(line).lookingAt() || !SENTENCE_END.matcher(line).matches())
        && line.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  /**
   * The first whole-line rule for {@code outlet} that {@code line} matches, or else that the line matches after a
   * leading page label ({@link #PAGE_LABEL}); null when there is none. The {@code opening-line} rules are tried only
   * when the line {@code opensBody}.
   */
  private ChromeRule match(String line, String outlet, boolean opensBody) {
    ChromeRule rule = matchWhole(line, outlet, opensBody);
    if (rule != null) {
      return rule;
    }
    Matcher label = PAGE_LABEL.matcher(line);
    return label.lookingAt() && label.end() < line.length()
        ? matchWhole(line.substring(label.end()), outlet, opensBody)
        : null;
  }

  private ChromeRule matchWhole(String line, String outlet, boolean opensBody) {
    Pattern[] patterns = patterns(outlet);
    for (int i = 0; i < rules.size(); i++) {
      ChromeRule rule = rules.get(i);
      if (!rule.isSpan() && (opensBody || !rule.onlyOpening()) && applies(rule, outlet, patterns[i])
          && rule.matches(line, outlet, patterns[i])) {
        return rule;
      }
    }
    return null;
  }

  /**
   * Blanks what the span rules for {@code outlet} find in {@code text[start, end)}, in the rules' order: the whole
   * match, or only its {@link ChromeRule#DROP} group ({@link ChromeRule#dropsGroup}).
   */
  private void blankSpans(String text, int start, int end, String outlet, char[] body, List<Removed> removed) {
    Pattern[] patterns = patterns(outlet);
    for (int i = 0; i < rules.size(); i++) {
      ChromeRule rule = rules.get(i);
      if (!rule.isSpan() || !applies(rule, outlet, patterns[i])) {
        continue;
      }
      Matcher m = patterns[i].matcher(new String(body, start, end - start));
      boolean part = rule.dropsGroup();
      while (m.find()) {
        int from = part ? m.start(ChromeRule.DROP) : m.start();
        int to = part ? m.end(ChromeRule.DROP) : m.end();
        if (to > from) {
          removed.add(new Removed(rule.name(), rule.kind(), text.substring(start + from, start + to).strip()));
          blank(body, start + from, start + to);
        }
      }
    }
  }

  /**
   * A rule applies to the outlets it is for; one that names the article's outlet needs a known outlet, and one that
   * names any outlet needs the outlets' table.
   */
  private static boolean applies(ChromeRule rule, String outlet, Pattern compiled) {
    return rule.appliesTo(outlet) && (!rule.namesOutlet() && !rule.namesAnyOutlet() || compiled != null);
  }

  /** The rules' regexes for an article of {@code outlet} (null for a rule that names an outlet, when it is unknown). */
  private Pattern[] patterns(String outlet) {
    Map<String, Pattern[]> cache = compiled;
    if (cache == null) {
      cache = new ConcurrentHashMap<>();
      compiled = cache; // a benign race: every thread computes the same patterns
    }
    String key = outlet == null ? "" : outlet.strip();
    return cache.computeIfAbsent(key, k -> {
      List<String> names = k.isEmpty() ? List.of() : outletNames.getOrDefault(k, List.of(k));
      Pattern[] p = new Pattern[rules.size()];
      for (int i = 0; i < p.length; i++) {
        ChromeRule rule = rules.get(i);
        boolean usable = rule.match().equals("regex") && (!rule.namesOutlet() || !names.isEmpty())
            && (!rule.namesAnyOutlet() || !allOutletNames.isEmpty());
        p[i] = usable ? rule.compile(names, allOutletNames) : null;
      }
      return p;
    });
  }

  /** The text of a kept line, trimmed ({@link #trim}). */
  private static String line(char[] body, int[] line) {
    return trim(new String(body, line[0], line[1] - line[0]));
  }

  /**
   * {@code line} without the whitespace and the invisible characters at its ends: a byte-order mark before a line, or
   * zero-width spaces after its stop, would hide where the line begins and ends from the rules.
   */
  private static String trim(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isBlankOrInvisible(line.charAt(start))) {
      start++;
    }
    while (end > start && isBlankOrInvisible(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  /** White space, as {@link String#strip} reads it, or an invisible format character (U+FEFF, U+200B, U+200D …). */
  private static boolean isBlankOrInvisible(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
  }

  private static void blank(char[] body, int start, int end) {
    for (int i = start; i < end; i++) {
      if (body[i] != '\n') {
        body[i] = ' ';
      }
    }
  }
}
