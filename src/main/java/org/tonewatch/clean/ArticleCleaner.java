package org.tonewatch.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** The rule name recorded for a list of links (see {@link #dropLinkLists}). */
  static final String LINK_LIST = "link-list";

  private final List<ChromeRule> rules;
  private transient Pattern[] compiled;

  public ArticleCleaner(List<ChromeRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static ArticleCleaner load(ReferenceData reference) {
    List<ChromeRule> rules = new ArrayList<>();
    for (Map<String, String> row : reference.rows("chrome_rules.csv")) {
      String outlets = row.getOrDefault("outlets", "");
      rules.add(new ChromeRule(row.get("rule"), row.get("kind"), row.get("match"), row.get("pattern"), row.get("then"),
          outlets == null || outlets.isBlank() ? Set.of() : Set.of(outlets.strip().split("\\s*\\|\\s*"))));
    }
    return new ArticleCleaner(rules);
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
    String droppingAfter = null;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        ChromeRule rule = droppingAfter != null ? null : match(line, outlet);
        if (droppingAfter != null || rule != null) {
          blank(body, start, end);
          removed.add(rule != null ? new Removed(rule.name(), rule.kind(), line) : new Removed(droppingAfter, "chrome", line));
          if (rule != null && rule.dropsRest()) {
            droppingAfter = rule.name();
          }
        } else {
          blankSpans(text, start, end, outlet, body, removed);
          if (!new String(body, start, end - start).isBlank()) {
            kept.add(new int[] {start, end});
          }
        }
      }
      start = end + 1;
    }

    String title = null;
    if (findTitle && kept.size() > 1) {
      int[] first = kept.get(0);
      String line = new String(body, first[0], first[1] - first[0]).strip();
      if (isHeadline(line)) {
        title = line;
        blank(body, first[0], first[1]);
        kept.remove(0);
      }
    }

    dropLinkLists(body, kept, removed);

    for (int i = 1; i < kept.size(); i++) {
      String before = new String(body, kept.get(i - 1)[0], kept.get(i - 1)[1] - kept.get(i - 1)[0]).strip();
      String after = new String(body, kept.get(i)[0], kept.get(i)[1] - kept.get(i)[0]).strip();
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
   * first) are a list of links to other stories, not the article: a subheading stands alone before its paragraph.
   */
  private static void dropLinkLists(char[] body, List<int[]> kept, List<Removed> removed) {
    List<int[]> run = new ArrayList<>();
    List<int[]> dropped = new ArrayList<>();
    for (int i = 0; i <= kept.size(); i++) {
      String line = i < kept.size() ? new String(body, kept.get(i)[0], kept.get(i)[1] - kept.get(i)[0]).strip() : "";
      if (i < kept.size() && isLinkLike(line)) {
        run.add(kept.get(i));
        continue;
      }
      if (run.size() >= 2) {
        for (int[] link : run) {
          removed.add(new Removed(LINK_LIST, "chrome", new String(body, link[0], link[1] - link[0]).strip()));
          blank(body, link[0], link[1]);
          dropped.add(link);
        }
      }
      run.clear();
    }
    kept.removeAll(dropped);
  }

  private static boolean isLinkLike(String line) {
    int words = line.split("\\s+").length;
    return words >= 3 && words <= 16 && !SENTENCE_END.matcher(line).matches() && Character.isUpperCase(line.codePointAt(0));
  }

  private static boolean isHeadline(String line) {
    return !SENTENCE_END.matcher(line).matches() && line.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  /** The first whole-line rule for {@code outlet} that {@code line} matches, or null. */
  private ChromeRule match(String line, String outlet) {
    Pattern[] patterns = patterns();
    for (int i = 0; i < rules.size(); i++) {
      ChromeRule rule = rules.get(i);
      if (!rule.isSpan() && rule.appliesTo(outlet) && rule.matches(line, outlet, patterns[i])) {
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
    Pattern[] patterns = patterns();
    for (int i = 0; i < rules.size(); i++) {
      ChromeRule rule = rules.get(i);
      if (!rule.isSpan() || !rule.appliesTo(outlet)) {
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

  private Pattern[] patterns() {
    Pattern[] p = compiled;
    if (p == null) {
      p = new Pattern[rules.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = rules.get(i).match().equals("regex") ? Pattern.compile(rules.get(i).pattern()) : null;
      }
      compiled = p; // a benign race: every thread computes the same array
    }
    return p;
  }

  private static void blank(char[] body, int start, int end) {
    for (int i = start; i < end; i++) {
      if (body[i] != '\n') {
        body[i] = ' ';
      }
    }
  }
}
