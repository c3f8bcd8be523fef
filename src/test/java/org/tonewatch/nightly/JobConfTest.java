package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;

class JobConfTest {
  private static final Map<String, String> PATHS = Map.of("input", "in", "warehouse", "out");

  private static String failure(Map<String, String> settings) {
    return assertThrows(UsageException.class, () -> JobConf.from(null, settings)).getMessage();
  }

  @Test
  void defaultsToTheShiftReduceParser() {
    JobConf conf = JobConf.from(null, PATHS);

    assertEquals("sr", conf.nlp().parser());
    assertEquals(100, conf.nlp().maxSentenceTokens());
    assertEquals(1_000_000, conf.maxCharacters());
  }

  @Test
  void readsAFileAndLetsOverridesWin(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("job.properties");
    Files.writeString(file, "nlp.parser = pcfg\nnlp.parse-maxlen = 60\ninput = from-file\nwarehouse = w\n");
    JobConf conf = JobConf.from(file, Map.of("nlp.parse-maxlen", "70"));

    assertEquals("pcfg", conf.nlp().parser());
    assertEquals(70, conf.nlp().maxSentenceTokens());
    assertEquals("from-file", conf.input());
  }

  @Test
  void namesTheSettingThatIsWrong() {
    assertEquals("input is required (set --input)", failure(Map.of("warehouse", "out")));
    assertEquals("nlp.parser must be sr or pcfg, not 'lexparser'", failure(with("nlp.parser", "lexparser")));
    assertEquals("nlp.parse-maxlen must be a whole number, not 'lots'", failure(with("nlp.parse-maxlen", "lots")));
    assertEquals("ingest.max-characters must be a positive whole number, not 0", failure(with("ingest.max-characters", "0")));
    assertEquals("tone.model must be one of [encoder, trained, sentiment-tree], not 'magic'", failure(with("tone.model", "magic")));
    String unknown = failure(with("nlp.parserr", "sr"));
    assertEquals("unknown setting 'nlp.parserr'; known settings: " + JobConf.DEFAULTS.keySet(), unknown);
  }

  @Test
  void saysWhichConfigFileItCannotRead(@TempDir Path dir) {
    Path missing = dir.resolve("nope.properties");
    String message = assertThrows(UsageException.class, () -> JobConf.from(missing, PATHS)).getMessage();
    assertEquals("cannot read config file " + missing + " (set --config): " + missing, message);
  }

  private static Map<String, String> with(String key, String value) {
    Map<String, String> settings = new HashMap<>(PATHS);
    settings.put(key, value);
    return settings;
  }
}
