package org.tonewatch.annotate.leader;

/**
 * A leader named in a sentence: tokens {@code [first, end)}, found {@code via} a full name, a surname or a title.
 */
public record LeaderMatch(String leaderId, String country, int first, int end, String via) {
  public static final String NAME = "name";
  public static final String SURNAME = "surname";
  public static final String TITLE = "title";
  /** A title followed by a name: not a match itself; the name after it is read next. */
  static final String TITLE_NAME_FOLLOWS = "title-name-follows";
}
