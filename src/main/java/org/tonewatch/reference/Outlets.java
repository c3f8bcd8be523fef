package org.tonewatch.reference;

import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Outlet names as {@code outlets.csv} writes them, from the ways inputs name an outlet: a manifest's name ("Independent",
 * "the independent"), a news-please {@code source_domain} ("independent.co.uk", "www.independent.co.uk"), a URL, a
 * sub-domain of a listed domain ("uk.reuters.com"). An outlet the table does not know keeps its name as given, trimmed.
 *
 * <p>Serializable and immutable; runs on executors.
 */
public final class Outlets implements Serializable {
  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> byDomain = new HashMap<>();
  private final Map<String, String> groups = new java.util.TreeMap<>();
  private final Map<String, List<String>> names = new java.util.TreeMap<>();

  public Outlets(List<Map<String, String>> rows) {
    for (Map<String, String> row : rows) {
      String outlet = row.get("outlet");
      byName.put(nameKey(outlet), outlet);
      String group = row.get("group");
      if (group != null && !group.isBlank()) {
        groups.put(outlet, group.strip());
      }
      List<String> all = new java.util.ArrayList<>(List.of(outlet));
      for (String alias : split(row.get("aliases"))) {
        byName.put(nameKey(alias), outlet);
        all.add(alias);
      }
      names.put(outlet, List.copyOf(all));
      for (String domain : split(row.get("domains"))) {
        byDomain.put(domain.toLowerCase(Locale.ROOT), outlet);
      }
    }
  }

  public static Outlets load(ReferenceData reference) {
    return new Outlets(reference.rows("outlets.csv"));
  }

  /** The outlet named by {@code raw} (a name or a domain), {@code raw} trimmed when unknown, null when blank. */
  public String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String trimmed = raw.strip().replaceAll("\\s+", " ");
    String known = byName.get(nameKey(trimmed));
    if (known == null && !trimmed.contains(" ") && trimmed.contains(".")) {
      known = ofHost(trimmed);
    }
    return known != null ? known : trimmed;
  }

  /** The outlet of a URL's host, or null when the URL has none or the table does not know it. */
  public String ofUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : ofHost(host);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Each outlet's group, for the outlets the table gives one (its {@code group} column: here the AllSides media-bias
   * rating, {@code left}, {@code center} or {@code right}), by outlet name.
   */
  public Map<String, String> groups() {
    return java.util.Collections.unmodifiableMap(groups);
  }

  /** Each outlet's names: its own first, then its aliases, by outlet name. */
  public Map<String, List<String>> names() {
    return java.util.Collections.unmodifiableMap(names);
  }

  /** True when {@code name} is an outlet of the table (as {@link #normalise} returns it). */
  public boolean isKnown(String name) {
    return name != null && byName.containsKey(nameKey(name));
  }

  /** The outlet of a host or of its nearest listed parent domain ("uk.reuters.com" → "reuters.com"). */
  private String ofHost(String host) {
    String domain = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
    while (domain.contains(".")) {
      String outlet = byDomain.get(domain);
      if (outlet != null) {
        return outlet;
      }
      domain = domain.substring(domain.indexOf('.') + 1);
    }
    return null;
  }

  /** Lower case, single spaces, without a leading "the". */
  private static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "");
  }

  private static List<String> split(String cell) {
    return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("\\|")).stream().map(String::strip).toList();
  }
}
