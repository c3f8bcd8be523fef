package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Tables;

/** When a night may keep the last night's aggregates instead of computing them again. */
class PublishedRecordTest {
  private static final Published.Record LAST = new Published.Record("abc123", "v1", Map.of());

  private static Map<String, Long> lastVersions() {
    Map<String, Long> versions = new HashMap<>(Map.of(Tables.ARTICLES, 3L, Tables.SENTENCES, 4L, Tables.RUNS, 7L));
    Tables.AGGREGATES.forEach(table -> versions.put(table, 5L));
    return versions;
  }

  private static final Snapshot SNAPSHOT = new Snapshot(null, "run-1", lastVersions());

  @Test
  void theSameRowsAnnotationAndCleanBuildKeepTheAggregates() {
    Map<String, Long> tonight = Map.of(Tables.ARTICLES, 3L, Tables.SENTENCES, 4L);
    assertTrue(LAST.sameAggregates(SNAPSHOT, tonight, "v1", "abc123"));
  }

  @Test
  void anyDifferenceComputesThemAgain() {
    Map<String, Long> same = Map.of(Tables.ARTICLES, 3L, Tables.SENTENCES, 4L);
    assertFalse(LAST.sameAggregates(SNAPSHOT, Map.of(Tables.ARTICLES, 3L, Tables.SENTENCES, 5L), "v1", "abc123"), "new sentences");
    assertFalse(LAST.sameAggregates(SNAPSHOT, Map.of(Tables.ARTICLES, 4L, Tables.SENTENCES, 4L), "v1", "abc123"), "new articles");
    assertFalse(LAST.sameAggregates(SNAPSHOT, same, "v2", "abc123"), "another annotation version");
    assertFalse(LAST.sameAggregates(SNAPSHOT, same, "v1", "def456"), "another build");
    Published.Record dirty = new Published.Record("abc123-dirty", "v1", Map.of());
    assertFalse(dirty.sameAggregates(SNAPSHOT, same, "v1", "abc123-dirty"), "a build with uncommitted changes");
    Published.Record unknown = new Published.Record("unknown", "v1", Map.of());
    assertFalse(unknown.sameAggregates(SNAPSHOT, same, "v1", "unknown"), "a build outside git");
    Map<String, Long> withoutOne = lastVersions();
    withoutOne.remove(Tables.TONE_BY_OUTLET_GROUP);
    assertFalse(LAST.sameAggregates(new Snapshot(null, "run-1", withoutOne), same, "v1", "abc123"), "a table the last night lacks");
  }

  @Test
  void theGroupsOfANightAreComputedAgainOnlyOverTheSameBuildsAggregatesAndSums() {
    Map<String, Long> withSums = lastVersions();
    withSums.put(Tables.ARTICLE_TONE, 4L);
    withSums.put(Tables.ARTICLE_LEADER_TONE, 4L);
    Snapshot last = new Snapshot(null, "run-1", withSums);
    assertTrue(LAST.updatableAggregates(last, "v1", "abc123"));
    assertFalse(LAST.updatableAggregates(SNAPSHOT, "v1", "abc123"), "no sums to tell the groups the articles were in");
    assertFalse(LAST.updatableAggregates(last, "v2", "abc123"), "another annotation version");
    assertFalse(LAST.updatableAggregates(last, "v1", "def456"), "another build");
    assertFalse(new Published.Record("abc123-dirty", "v1", Map.of()).updatableAggregates(last, "v1", "abc123-dirty"),
        "a build with uncommitted changes");
  }
}
