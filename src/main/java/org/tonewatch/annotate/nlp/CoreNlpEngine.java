package org.tonewatch.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.SentimentAnnotator;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.HeadFinder;
import edu.stanford.nlp.trees.SemanticHeadFinder;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.ejml.simple.SimpleMatrix;

/**
 * The CoreNLP implementation of the seam: tokenize, ssplit, pos, lemma, ner over the document, then for each sentence
 * the parse (shift-reduce or PCFG) and the recursive sentiment model. A sentence over the length limit is not parsed;
 * a parse that runs past its time bound is stopped and the sentence recorded as {@link NlpSentence#TIMEOUT}, so one
 * runaway sentence can neither hold a task forever nor fail it. Once an article's annotation has run for
 * {@code nlp.article-maxtime}, its remaining sentences are not parsed ({@link NlpSentence#ARTICLE_TIME}). Paragraphs
 * glued without a space after the stop are split ({@link SpacedText}), as is a sentence the splitter ran on past an
 * initialism that ended it ({@link InitialismSplits}), and what the splitter cuts apart around quotations and list
 * numbers is joined back ({@link SentenceJoins}); every offset is one in the article's own text.
 * Thread-safe: CoreNLP's annotators may be shared by threads, and this class keeps no per-call state. Build it
 * through {@link NlpEngines}, once per JVM.
 */
public final class CoreNlpEngine implements NlpEngine {
  private static final Set<String> QUOTES = Set.of("``", "\"", "\u201c", "'", "`", "''");

  private final StanfordCoreNLP words;
  private final Annotator parser;
  private final Annotator sentiment;
  private final ParseDeadline deadline;
  private final int maxSentenceTokens;
  private final long articleMaxMillis;
  private final boolean withDependencies;
  private final HeadFinder headFinder = new SemanticHeadFinder();

  /** Loads the models (a few seconds and about 2.5 GB of heap). */
  public CoreNlpEngine(NlpSettings settings) {
    Properties properties = settings.corenlpProperties();
    this.words = new StanfordCoreNLP(withAnnotators(properties, "tokenize,ssplit,pos,lemma,ner"));
    // The two sentence annotators are called one sentence at a time, so that each parse has its own time bound.
    this.parser = new ParserAnnotator("parse", properties);
    this.sentiment = new SentimentAnnotator("sentiment", properties);
    this.deadline = new ParseDeadline(settings.parseMaxMillis());
    this.maxSentenceTokens = settings.maxSentenceTokens();
    this.articleMaxMillis = settings.articleMaxMillis();
    this.withDependencies = settings.dependencies();
  }

  private static Properties withAnnotators(Properties base, String annotators) {
    Properties properties = new Properties();
    properties.putAll(base);
    properties.setProperty("annotators", annotators);
    return properties;
  }

  @Override
  public List<NlpSentence> annotate(String text) {
    long started = System.nanoTime();
    SpacedText spaced = SpacedText.of(text);
    Annotation document = new Annotation(spaced.text());
    words.annotate(document);
    List<NlpSentence> sentences = new ArrayList<>();
    for (CoreMap sentence : SentenceJoins.join(
        InitialismSplits.split(document.get(CoreAnnotations.SentencesAnnotation.class), spaced.text()), spaced.text())) {
      boolean inTime = (System.nanoTime() - started) / 1_000_000 < articleMaxMillis;
      sentences.add(convert(text, spaced, sentence, inTime));
    }
    return sentences;
  }

  /** One sentence; parsed unless it is too long or the article's time bound has passed ({@code inTime} false). */
  private NlpSentence convert(String original, SpacedText spaced, CoreMap sentence, boolean inTime) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(new Token(l.word(), spaced.original(l.beginPosition()), spaced.original(l.endPosition()), l.tag(), l.lemma(), l.ner()));
    }
    int begin = spaced.original(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    int end = tokens.size() > 1 && opensTheNextSentence(tokens) ? tokens.get(tokens.size() - 2).end() :
        spaced.original(sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    String text = original.substring(begin, end);
    if (labels.size() > maxSentenceTokens) {
      return NlpSentence.unparsed(begin, end, text, tokens, NlpSentence.TOO_LONG);
    }
    if (!inTime) {
      return NlpSentence.unparsed(begin, end, text, tokens, NlpSentence.ARTICLE_TIME);
    }
    try {
      return parsed(spaced.text(), sentence, begin, end, text, tokens);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Error e) {
      // A deeply nested or very long sentence can overflow the stack in the parser's or the sentiment model's
      // recursion: that sentence gets no parse, and the article and the JVM go on.
      return NlpSentence.unparsed(begin, end, text, tokens, NlpSentence.FAILED);
    }
  }

  /** The parse, sentiment and phrases of one sentence within the time bound. */
  private NlpSentence parsed(String spacedText, CoreMap sentence, int begin, int end, String text, List<Token> tokens) {
    Annotation one = new Annotation(spacedText);
    one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    if (!deadline.runWithin(() -> parser.annotate(one))) {
      return NlpSentence.unparsed(begin, end, text, tokens, NlpSentence.TIMEOUT);
    }
    sentiment.annotate(one);
    Tree parse = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
    Tree sentimentTree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    // A parser that gives up returns a flat tree of X nodes; its "sentiment" would be made up, so none is kept.
    if (parse == null || sentimentTree == null || !"ROOT".equals(parse.label().value())) {
      return NlpSentence.unparsed(begin, end, text, tokens, NlpSentence.FAILED);
    }
    List<Phrase> phrases = new ArrayList<>();
    addPhrases(sentimentTree, -1, 0, phrases);
    return new NlpSentence(begin, end, text, tokens, NlpSentence.PARSED, new PhraseTree(phrases),
        withDependencies ? dependencies(parse, tokens.size()) : null);
  }

  /** Adds {@code node} and the phrases under it in pre-order; words are not phrases. Returns the tokens covered. */
  private static int addPhrases(Tree node, int parent, int first, List<Phrase> phrases) {
    if (node.isLeaf()) {
      return 1;
    }
    int index = phrases.size();
    phrases.add(null);
    int end = first;
    for (Tree child : node.children()) {
      end += addPhrases(child, index, end, phrases);
    }
    phrases.set(index, new Phrase(node.label().value(), first, end, parent,
        values(RNNCoreAnnotations.getPredictions(node)), values(RNNCoreAnnotations.getNodeVector(node))));
    return end - first;
  }

  /**
   * The sentence's dependencies read off the parse tree by head rules: each constituent's head word comes from
   * CoreNLP's semantic head finder (the main verb, not the auxiliary, heads a clause), and the head word of every
   * other child attaches to it. The relation is named by the constituent and the child, {@code S:NP} for a subject,
   * {@code VP:NP} for an object, {@code NP:JJ} for an adjective on a noun, {@code PP:NP} for the object of a
   * preposition. This costs a small fraction of the parse, where CoreNLP's own graphs would cost as much again.
   */
  private Dependencies dependencies(Tree parse, int size) {
    int[] heads = new int[size];
    String[] relations = new String[size];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "none");
    int root = attach(parse, new int[1], heads, relations);
    if (root < 0 || root >= size) {
      return null;
    }
    relations[root] = "root";
    return new Dependencies(heads, relations);
  }

  /** Attaches the non-head children of {@code node} to its head word and returns that word's index. */
  private int attach(Tree node, int[] nextLeaf, int[] heads, String[] relations) {
    if (node.isLeaf()) {
      return nextLeaf[0]++;
    }
    Tree[] children = node.children();
    Tree headChild = children.length == 1 ? children[0] : headFinder.determineHead(node);
    int[] childHeads = new int[children.length];
    int head = -1;
    for (int c = 0; c < children.length; c++) {
      childHeads[c] = attach(children[c], nextLeaf, heads, relations);
      if (children[c] == headChild) {
        head = childHeads[c];
      }
    }
    head = head < 0 ? childHeads[children.length - 1] : head;
    for (int c = 0; c < children.length; c++) {
      int word = childHeads[c];
      if (word != head && word >= 0 && word < heads.length) {
        heads[word] = head;
        relations[word] = node.label().value() + ":" + children[c].label().value();
      }
    }
    return head;
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

  private static double[] values(SimpleMatrix matrix) {
    if (matrix == null) {
      return new double[0];
    }
    double[] values = new double[matrix.getNumElements()];
    for (int i = 0; i < values.length; i++) {
      values[i] = matrix.get(i);
    }
    return values;
  }
}
