package org.tonewatch.annotate.leader;

/** A leader named in a sentence: tokens {@code [first, end)}. */
public record LeaderMatch(String leaderId, String country, int first, int end) {}
