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
 *   <li>{@code then}: {@code line} drops the line, {@code rest} drops it and everything after it, {@code span} drops
 *       only what the regex finds inside the line (a dateline that opens a paragraph, a photo credit at its end), or
 *       only the regex's group named {@value #DROP} when it has one: the rest of the match is context (the name a
 *       related-stories widget is glued to).
 *   <li>{@code kind}: {@code chrome}, {@code dateline} or {@code credit}; datelines and credits are kept on the article.
 *   <li>{@code outlets}: the outlets the rule is for; empty for every outlet. A rule is for an outlet only when the
 *       words are that outlet's own (its newsletter's name, its podcast's speakers); a kind of chrome is for all.
 * </ul>
 */
public record ChromeRule(String name, String kind, String match, String pattern, String then, Set<String> outlets)
    implements Serializable {
  /** The group of a span rule's regex that is dropped, when the regex names one. */
  public static final String DROP = "drop";
  private static final List<String> MATCHES = List.of("exact", "prefix", "regex", "outlet");
  private static final List<String> THENS = List.of("line", "rest", "span");

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
      Pattern.compile(pattern); // fail on the driver, at load time, with the regex's own message
    }
    outlets = Set.copyOf(outlets);
  }

  /** A rule for every outlet. */
  public ChromeRule(String name, String kind, String match, String pattern, String then) {
    this(name, kind, match, pattern, then, Set.of());
  }

  public boolean dropsRest() {
    return then.equals("rest");
  }

  public boolean isSpan() {
    return then.equals("span");
  }

  /** True for a span rule whose regex names a {@value #DROP} group: only that group is dropped. */
  public boolean dropsGroup() {
    return isSpan() && pattern.contains("(?<" + DROP + ">");
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
