package org.tonewatch.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text that arrives with HTML markup or entities (a crawler's raw extraction, a feed's description) as plain text:
 * parsed by jsoup, tags dropped, entities decoded, scripts and styles left out, block elements and line breaks kept as
 * paragraph and line breaks so that the cleaner still sees the paragraphs. Text with neither tags nor entities is
 * returned unchanged, so "a < b" in a plain article stays as written. Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Pattern MARKUP = Pattern.compile(
      "</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--|&(?:#\\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "li",
      "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "figure", "figcaption", "main",
      "nav", "dd", "dt", "dl", "hr");

  private HtmlText() {}

  public static boolean hasMarkup(String text) {
    return text != null && MARKUP.matcher(text).find();
  }

  /** {@code text} without its markup; see the class comment. */
  public static String plain(String text) {
    if (!hasMarkup(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " "));
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          out.append('\n');
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }
    }, Jsoup.parseBodyFragment(text).body());
    return out.toString().replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }
}
