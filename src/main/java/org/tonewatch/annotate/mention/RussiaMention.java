package org.tonewatch.annotate.mention;

import java.io.Serializable;

/**
 * A mention of Russia as an actor: tokens {@code [first, end)} of the sentence.
 *
 * @param kind the term's kind from {@code russia_terms.csv} (country, demonym, capital, institution, …) or
 *     {@code leader} for a Russian leader named in the sentence
 */
public record RussiaMention(String kind, int first, int end) implements Serializable {}
