package org.tonewatch.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTreeTest {
  private static final double[] NEUTRAL = {0, 0, 1, 0, 0};

  // "Russia condemned the talks": (S (NP Russia) (VP (VBD condemned) (NP (DT the) (NNS talks))))
  private static final PhraseTree TREE = new PhraseTree(List.of(
      phrase("S", 0, 4, -1),
      phrase("NNP", 0, 1, 0),
      phrase("VP", 1, 4, 0),
      phrase("VBD", 1, 2, 2),
      phrase("NP", 2, 4, 2),
      phrase("DT", 2, 3, 4),
      phrase("NNS", 3, 4, 4)));

  private static Phrase phrase(String label, int first, int end, int parent) {
    return new Phrase(label, first, end, parent, NEUTRAL, new double[0]);
  }

  @Test
  void findsTheSmallestPhraseCoveringASpan() {
    assertEquals(1, TREE.covering(0, 1));
    assertEquals(4, TREE.covering(2, 4));
    assertEquals(2, TREE.covering(1, 3));
    assertEquals(0, TREE.covering(0, 2));
  }

  @Test
  void aSubjectsSiblingIsItsPredicate() {
    assertEquals("VP", TREE.sibling(1).label());
    assertEquals("VBD", TREE.sibling(4).label());
    assertNull(TREE.sibling(0));
  }

  @Test
  void walksUpToTheClause() {
    assertEquals(List.of("NNS", "NP", "VP", "S"), TREE.pathToRoot(6).stream().map(Phrase::label).toList());
    assertEquals("S", TREE.clauseCovering(3, 4).label());
  }

  @Test
  void aWordsOwnPhraseIsTheNodeAboveIt() {
    assertEquals("VBD", TREE.word(1).label());
    assertEquals("NNS", TREE.word(3).label());
  }
}
