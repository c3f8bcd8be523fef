package org.tonewatch.reference;

import java.io.Serializable;
import java.util.List;

/**
 * A row of {@code titles.csv}: a title that stands for whoever held an office on the publication date.
 *
 * @param words the title in lower case, word by word ("prime", "minister")
 * @param country the country whose office the title names when nothing qualifies it; empty when a bare title names
 *     no country by itself (see {@code bare})
 * @param office the office in {@code offices.csv}
 * @param bare what the title means with no country word before or after it: {@code GB} (the British office, in an
 *     article whose context is British), {@code recent} (the holder of this office last named in the article) or
 *     empty (nobody)
 */
public record Title(List<String> words, String country, String office, String bare) implements Serializable {}
