package org.tonewatch.annotate.nlp;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One NLP engine per JVM and settings, built on first use. Loading CoreNLP's models takes tens of seconds and
 * gigabytes, so an executor builds it once and every task thread shares it; {@code computeIfAbsent} makes the first
 * caller build it while the others wait. Never capture an engine in a Spark closure: ask for it inside the task.
 */
public final class NlpEngines {
  private static final ConcurrentHashMap<NlpSettings, NlpEngine> ENGINES = new ConcurrentHashMap<>();

  private NlpEngines() {}

  public static NlpEngine shared(NlpSettings settings) {
    return ENGINES.computeIfAbsent(settings, NlpEngines::build);
  }

  private static NlpEngine build(NlpSettings settings) {
    if (settings.engine().equals(NlpSettings.CORENLP)) {
      return new CoreNlpEngine(settings);
    }
    try {
      return (NlpEngine) Class.forName(settings.engine()).getConstructor(NlpSettings.class).newInstance(settings);
    } catch (ReflectiveOperationException | ClassCastException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalStateException("cannot build NLP engine " + settings.engine() + " (set nlp.engine)", cause);
    }
  }
}
