package org.tonewatch.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ejml.simple.SimpleMatrix;

/**
 * The CoreNLP implementation of the seam: tokenize, ssplit, pos, lemma, ner, parse (shift-reduce or PCFG) and the
 * recursive sentiment model. Thread-safe: CoreNLP's annotators may be shared by threads, and this class keeps no
 * per-call state. Build it through {@link NlpEngines}, once per JVM.
 */
public final class CoreNlpEngine implements NlpEngine {
  private static final Set<String> CLAUSES = Set.of("S", "SINV", "SQ", "SBAR", "SBARQ");
  private static final Set<String> QUOTES = Set.of("``", "\"", "\u201c", "'", "`", "''");

  private final StanfordCoreNLP pipeline;
  private final int maxSentenceTokens;

  public CoreNlpEngine(NlpSettings settings) {
    this.pipeline = new StanfordCoreNLP(settings.corenlpProperties());
    this.maxSentenceTokens = settings.maxSentenceTokens();
  }

  @Override
  public List<NlpSentence> annotate(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<NlpSentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentence));
    }
    return sentences;
  }

  private NlpSentence convert(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(new Token(l.word(), l.beginPosition(), l.endPosition(), l.tag(), l.lemma(), l.ner()));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = tokens.size() > 1 && opensTheNextSentence(tokens) ? tokens.get(tokens.size() - 2).end() :
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (labels.size() > maxSentenceTokens) {
      return new NlpSentence(begin, end, tokens, NlpSentence.TOO_LONG, null, null, null);
    }
    Tree parse = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
    Tree sentimentTree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    // A parser that gives up returns a flat tree of X nodes; its "sentiment" would be made up, so none is kept.
    if (parse == null || sentimentTree == null || !"ROOT".equals(parse.label().value())) {
      return new NlpSentence(begin, end, tokens, NlpSentence.FAILED, null, null, null);
    }
    return new NlpSentence(begin, end, tokens, NlpSentence.PARSED,
        RNNCoreAnnotations.getPredictedClass(sentimentTree), distribution(sentimentTree), new TreePhrases(sentimentTree));
  }

  /**
   * The splitter sometimes ends a sentence with the quote mark that opens the next one ({@code minister. "We don't
   * know"}); a quote set off by a space after the sentence's last token is that case, and is left out of the text.
   */
  private static boolean opensTheNextSentence(List<Token> tokens) {
    Token last = tokens.get(tokens.size() - 1);
    Token previous = tokens.get(tokens.size() - 2);
    return QUOTES.contains(last.word()) && last.begin() > previous.end();
  }

  private static double[] distribution(Tree node) {
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
    double[] p = new double[predictions.getNumElements()];
    for (int i = 0; i < p.length; i++) {
      p[i] = predictions.get(i);
    }
    return p;
  }

  /** Phrase sentiment read off the sentiment-annotated binarized tree, whose leaves are the sentence's tokens. */
  private static final class TreePhrases implements PhraseSentiment {
    private final Tree root;
    private final List<Tree> leaves;

    TreePhrases(Tree root) {
      this.root = root;
      this.leaves = root.getLeaves();
    }

    @Override
    public double[] clauseCovering(int first, int end) {
      if (first < 0 || end > leaves.size() || first >= end) {
        return distribution(root);
      }
      Tree last = leaves.get(end - 1);
      Tree node = leaves.get(first).parent(root);
      while (node != root && !node.dominates(last)) {
        node = node.parent(root);
      }
      while (node != root && !CLAUSES.contains(node.label().value())) {
        node = node.parent(root);
      }
      return distribution(node);
    }
  }
}
