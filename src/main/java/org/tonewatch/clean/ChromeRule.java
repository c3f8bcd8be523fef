package org.tonewatch.clean;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of {@code chrome_rules.csv}: a kind of text that is not article text.
 *
 * <ul>
 *   <li>{@code match}: {@code exact}, {@code prefix} (both case-insensitive), {@code regex} (the whole trimmed line)
 *       or {@code outlet} (the line is the outlet's own name).
 *   <li>{@code then}: {@code line} drops the line; {@code body-line} drops it too, except as the first line of a text
 *       whose title is read from its first line, where it is the headline (a line in capitals is a link to another
 *       story between paragraphs, and the article's own headline at the top); {@code rest} drops it and everything
 *       after it; {@code opening-line} drops it only where it opens the body: as the first line no other rule
 *       removed, or the first after the headline of a text whose title is read from its first line (a dateline, a
 *       section label or a writer's name set above the story: "Washington", "Analysis"); {@code tags} drops it and the
 *       short lines right after it that read like a story's topic tags (at most {@value ArticleCleaner#MAX_TAG_WORDS}
 *       words, no closing stop), up to the first line that does not; {@code links} drops it and the lines right after
 *       it that read like headlines of linked stories (no closing stop, or a bullet before them; at most thirty
 *       words), up to the first line
 *       that ends like a sentence ("More G-20 coverage:" / "Trump pushes Putin on election interference");
 *       {@code span} drops
 *       only what the regex finds inside the line (a dateline that opens a paragraph, a photo credit at its end), or
 *       only the regex's group named {@value #DROP} when it has one: the rest of the match is context (the name a
 *       related-stories widget is glued to).
 *   <li>{@code kind}: {@code chrome}, {@code dateline} or {@code credit}; datelines and credits are kept on the article.
 *   <li>{@code outlets}: the outlets the rule is for; empty for every outlet. A rule is for an outlet only when the
 *       words are that outlet's own (its newsletter's name, its podcast's speakers); a kind of chrome is for all.
 *   <li>A regex may hold {@value #OUTLET}: the article's own outlet by any of its names in {@code outlets.csv}, with or
 *       without "the", in any case ("Peter Bergen is CNN's national security analyst", "Jane Doe/The Christian Science
 *       Monitor"), so that a kind of chrome that names its own outlet (an author's bio, a staff photographer's credit)
 *       is one rule for every outlet. Such a rule does not apply to an article without an outlet;
 *       an outlet missing from {@code outlets.csv} is known by the name the article gives.
 *   <li>A regex may hold {@value #ANY_OUTLET}: any outlet of {@code outlets.csv} by any of its names, written the same
 *       way, for chrome that names another outlet (a round-up item's source in brackets: "… (The Washington Post)").
 * </ul>
 */
public record ChromeRule(String name, String kind, String match, String pattern, String then, Set<String> outlets)
    implements Serializable {
  /** The group of a span rule's regex that is dropped, when the regex names one. */
  public static final String DROP = "drop";
  /** The place in a regex where the article's outlet goes (see the class comment). */
  public static final String OUTLET = "{outlet}";
  /** The place in a regex where any known outlet goes (see the class comment). */
  public static final String ANY_OUTLET = "{any-outlet}";
  private static final List<String> MATCHES = List.of("exact", "prefix", "regex", "outlet");
  private static final List<String> THENS = List.of("line", "body-line", "opening-line", "rest", "tags", "links", "span");

  public ChromeRule {
    if (!MATCHES.contains(match)) {
      throw new IllegalArgumentException("chrome rule " + name + ": match must be one of " + MATCHES + ", not '" + match + "'");
    }
    if (!THENS.contains(then)) {
      throw new IllegalArgumentException("chrome rule " + name + ": then must be one of " + THENS + ", not '" + then + "'");
    }
    if (then.equals("span") && !match.equals("regex")) {
      throw new IllegalArgumentException("chrome rule " + name + ": then=span needs match=regex, not '" + match + "'");
    }
    if (match.equals("regex")) {
      // fail on the driver, at load time, with the regex's own message
      compile(pattern, List.of("Some Outlet"), List.of("Some Outlet"));
      int blind = caseBlindLetterClass(pattern);
      if (blind >= 0) {
        throw new IllegalArgumentException("chrome rule " + name + ": " + pattern.substring(blind, blind + 6) + " at "
            + blind + " is under (?i), where Java matches it in either case (so a 'capitalised name' matches any word); "
            + "put it in (?-i:…)");
      }
    }
    outlets = Set.copyOf(outlets);
  }

  /**
   * Where {@code regex} asks for a capital or a small letter ({@code \p{Lu}}, {@code \p{Ll}}) while it is case-blind
   * ({@code (?i)} or {@code (?i:…)} around it, and no {@code (?-i…)} closer in), or -1. Java's case-blind matching
   * makes those classes match letters of either case.
   */
  static int caseBlindLetterClass(String regex) {
    java.util.ArrayDeque<Boolean> outer = new java.util.ArrayDeque<>();
    boolean blind = false;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (regex.startsWith("Q", i + 1)) {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? regex.length() : end + 1;
        } else if (blind && (regex.startsWith("p{Lu}", i + 1) || regex.startsWith("p{Ll}", i + 1))) {
          return i;
        } else {
          i++;
        }
      } else if (c == '[') {
        inClass = true; // flags do not change inside a class; nested classes close with the outer one here
      } else if (c == ']' && inClass) {
        inClass = false;
      } else if (!inClass && c == '(') {
        outer.push(blind);
        if (regex.startsWith("?", i + 1)) {
          int j = i + 2;
          boolean on = true;
          boolean next = blind;
          while (j < regex.length() && "idmsuxU-".indexOf(regex.charAt(j)) >= 0) {
            if (regex.charAt(j) == '-') {
              on = false;
            } else if (regex.charAt(j) == 'i') {
              next = on;
            }
            j++;
          }
          if (j < regex.length() && regex.charAt(j) == ')') {
            outer.pop(); // (?i) alone opens no group: it holds for the rest of the enclosing one
            blind = next;
            i = j;
            continue;
          }
          if (j < regex.length() && regex.charAt(j) == ':') {
            blind = next;
          }
        }
      } else if (!inClass && c == ')') {
        blind = outer.isEmpty() ? false : outer.pop();
      }
    }
    return -1;
  }

  /** A rule for every outlet. */
  public ChromeRule(String name, String kind, String match, String pattern, String then) {
    this(name, kind, match, pattern, then, Set.of());
  }

  public boolean dropsRest() {
    return then.equals("rest");
  }

  /** True when the rule drops the topic tags after its line (see {@code tags}). */
  public boolean dropsTags() {
    return then.equals("tags");
  }

  /** True when the rule drops the headlines of linked stories after its line (see {@code links}). */
  public boolean dropsLinks() {
    return then.equals("links");
  }

  /** True when the rule leaves the first line of a text whose title is read from it (see {@code body-line}). */
  public boolean sparesOpeningHeadline() {
    return then.equals("body-line");
  }

  /** True when the rule drops its line only where the line opens the body (see {@code opening-line}). */
  public boolean onlyOpening() {
    return then.equals("opening-line");
  }

  public boolean isSpan() {
    return then.equals("span");
  }

  /** True for a span rule whose regex names a {@value #DROP} group: only that group is dropped. */
  public boolean dropsGroup() {
    return isSpan() && pattern.contains("(?<" + DROP + ">");
  }

  /** True when the regex names the article's outlet ({@value #OUTLET}). */
  public boolean namesOutlet() {
    return match.equals("regex") && pattern.contains(OUTLET);
  }

  /** True when the regex names any known outlet ({@value #ANY_OUTLET}). */
  public boolean namesAnyOutlet() {
    return match.equals("regex") && pattern.contains(ANY_OUTLET);
  }

  /**
   * The regex, with {@value #OUTLET} standing for any of {@code outletNames} (an outlet's name and aliases) and
   * {@value #ANY_OUTLET} for any of {@code allNames} (every known outlet's), each with or without a leading "the", in
   * any case.
   */
  public Pattern compile(List<String> outletNames, List<String> allNames) {
    return compile(pattern, outletNames, allNames);
  }

  private static Pattern compile(String pattern, List<String> outletNames, List<String> allNames) {
    if (pattern.contains(OUTLET)) {
      pattern = pattern.replace(OUTLET, anyOf(outletNames));
    }
    if (pattern.contains(ANY_OUTLET)) {
      pattern = pattern.replace(ANY_OUTLET, anyOf(allNames));
    }
    return Pattern.compile(pattern);
  }

  /** A group that matches any of {@code outletNames}, each with or without a leading "the", in any case. */
  private static String anyOf(List<String> outletNames) {
    String names = outletNames.stream()
        .map(n -> n.strip().replaceFirst("(?i)^the\\s+", ""))
        .filter(n -> !n.isEmpty())
        .distinct()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
        .map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
    return "(?i:(?:the\\s+)?(?:" + names + "))";
  }

  /** True when the rule is for articles from {@code outlet}. */
  public boolean appliesTo(String outlet) {
    return outlets.isEmpty() || outlet != null && outlets.contains(outlet);
  }

  /** True when {@code line} (already trimmed) is chrome by this whole-line rule for an article from {@code outlet}. */
  public boolean matches(String line, String outlet, Pattern compiled) {
    return switch (match) {
      case "exact" -> line.equalsIgnoreCase(pattern);
      case "prefix" -> line.toLowerCase(Locale.ROOT).startsWith(pattern.toLowerCase(Locale.ROOT));
      case "outlet" -> outlet != null && line.equalsIgnoreCase(outlet.trim());
      default -> compiled.matcher(line).matches();
    };
  }
}
