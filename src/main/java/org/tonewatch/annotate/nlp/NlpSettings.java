package org.tonewatch.annotate.nlp;

import java.io.Serializable;
import java.util.Properties;

/**
 * What the NLP engine is built from. Equal settings share one engine per JVM (see {@link NlpEngines}), so this is a
 * value: compare by all fields.
 *
 * @param engine {@code corenlp}, or the name of a class implementing {@link NlpEngine} with a constructor taking
 *     these settings (tests use this to plug in a small fake)
 * @param parser {@code sr} (shift-reduce, the default) or {@code pcfg}
 * @param maxSentenceTokens sentences longer than this are not parsed and get no sentiment
 * @param parseMaxMillis the longest a sentence's parse may take; a parse stopped at this bound leaves the sentence
 *     without sentiment, as {@link NlpSentence#TIMEOUT}
 * @param articleMaxMillis the longest one article's annotation may take; its sentences after this bound are not
 *     parsed, as {@link NlpSentence#ARTICLE_TIME}
 * @param dependencies whether to read dependencies off each parse (the trained tone model needs them; the first
 *     version does not, and the benchmark compares the two with and without their cost)
 */
public record NlpSettings(String engine, String parser, int maxSentenceTokens, long parseMaxMillis, long articleMaxMillis,
    boolean dependencies) implements Serializable {
  public static final String CORENLP = "corenlp";
  /** The default time bound of one parse, far above what either parser needs for a sentence within the length limit. */
  public static final long PARSE_MAX_MILLIS = 20_000;
  /**
   * The default time bound of one article: far above what a real article needs (the article with the most sentences
   * in the real-news corpus has 520; the corpus run annotated about 150 sentences a second per core), so only a
   * pathological input reaches it.
   */
  public static final long ARTICLE_MAX_MILLIS = 300_000;

  /** Settings with the default bound on an article's time. */
  public NlpSettings(String engine, String parser, int maxSentenceTokens, long parseMaxMillis, boolean dependencies) {
    this(engine, parser, maxSentenceTokens, parseMaxMillis, ARTICLE_MAX_MILLIS, dependencies);
  }

  public NlpSettings {
    if (!parser.equals("sr") && !parser.equals("pcfg")) {
      throw new IllegalArgumentException("nlp.parser must be sr or pcfg, not '" + parser + "'");
    }
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("nlp.parse-maxlen must be positive, not " + maxSentenceTokens);
    }
    if (parseMaxMillis < 1) {
      throw new IllegalArgumentException("nlp.parse-maxtime must be a positive number of milliseconds, not " + parseMaxMillis);
    }
    if (articleMaxMillis < 1) {
      throw new IllegalArgumentException("nlp.article-maxtime must be a positive number of milliseconds, not " + articleMaxMillis);
    }
  }

  /** The CoreNLP models these settings load (the parser, NER and sentiment models), for the run record. */
  public String models() {
    Properties p = corenlpProperties();
    return String.join(", ", p.getProperty("parse.model"), p.getProperty("ner.model"), "edu/stanford/nlp/models/sentiment/sentiment.ser.gz");
  }

  /** CoreNLP's properties for these settings. */
  public Properties corenlpProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
    p.setProperty("tokenize.language", "en");
    // Paragraphs are sentence boundaries; a single newline is not (quotes and sentences wrap across lines).
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("parse.model", parser.equals("sr")
        ? "edu/stanford/nlp/models/srparser/englishSR.ser.gz"
        : "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
    p.setProperty("parse.maxlen", Integer.toString(maxSentenceTokens));
    p.setProperty("parse.binaryTrees", "true");
    // CoreNLP's dependency graphs (five kinds per sentence) would cost as much as the parse itself; the engine reads
    // the dependencies it needs off the parse tree by head rules instead.
    p.setProperty("parse.buildgraphs", "false");
    return p;
  }
}
