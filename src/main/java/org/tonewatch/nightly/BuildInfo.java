package org.tonewatch.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions this jar was built with, as the build wrote them into {@code tonewatch-build.properties}: the project's
 * version and commit, and the pinned Spark and CoreNLP versions with CoreNLP's model jars. A value the build could not
 * fill in (a build outside git) reads as {@code unknown}.
 */
record BuildInfo(String version, String commit, String sparkVersion, String corenlpVersion, String corenlpModels) {
  static final BuildInfo CURRENT = load();

  private static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/tonewatch-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tonewatch-build.properties from the jar", e);
    }
    String commit = value(p, "git.commit");
    return new BuildInfo(value(p, "tonewatch.version"), "true".equals(p.getProperty("git.dirty")) ? commit + "-dirty" : commit,
        value(p, "spark.version"), value(p, "corenlp.version"), value(p, "corenlp.models"));
  }

  private static String value(Properties p, String key) {
    String value = p.getProperty(key, "");
    return value.isBlank() || value.contains("${") ? "unknown" : value;
  }
}
