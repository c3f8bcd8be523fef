package org.tonewatch.clean;

import java.io.Serializable;
import java.util.Locale;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of {@code chrome_rules.csv}: a kind of line that is not article text. {@code match} is {@code exact},
 * {@code prefix} (both case-insensitive), {@code regex} (the whole trimmed line) or {@code outlet} (the line is the
 * outlet's own name); {@code then} is {@code line} (drop this line) or {@code rest} (drop it and everything after it).
 * {@code kind} is {@code chrome}, {@code dateline} or {@code credit}; datelines and credits are kept on the article.
 */
public record ChromeRule(String name, String kind, String match, String pattern, boolean dropsRest) implements Serializable {
  private static final List<String> MATCHES = List.of("exact", "prefix", "regex", "outlet");

  public ChromeRule {
    if (!MATCHES.contains(match)) {
      throw new IllegalArgumentException("chrome rule " + name + ": match must be one of " + MATCHES + ", not '" + match + "'");
    }
    if (match.equals("regex")) {
      Pattern.compile(pattern); // fail on the driver, at load time, with the regex's own message
    }
  }

  /** True when {@code line} (already trimmed) is chrome by this rule for an article from {@code outlet}. */
  public boolean matches(String line, String outlet, Pattern compiled) {
    return switch (match) {
      case "exact" -> line.equalsIgnoreCase(pattern);
      case "prefix" -> line.toLowerCase(Locale.ROOT).startsWith(pattern.toLowerCase(Locale.ROOT));
      case "outlet" -> outlet != null && line.equalsIgnoreCase(outlet.trim());
      default -> compiled.matcher(line).matches();
    };
  }
}
