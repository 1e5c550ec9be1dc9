package org.entente.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.core.Problem;
import org.entente.nlp.read.GoldEvent;
import org.entente.nlp.read.PetrarchRecord;
import org.entente.nlp.read.PetrarchXmlReader;

/**
 * Reads PETRARCH validation XML through {@link PetrarchXmlReader}: each {@code <Sentence>} becomes
 * a record expecting its {@code <EventCoding>} triples ({@code ARN → GON 064}); a record with
 * {@code noevents="True"} or an expected {@code error} expects none. The category is the {@code
 * category} attribute, or the id up to its last {@code -} ({@code DEMO} for {@code DEMO-00}). A
 * record the reader skips (no id, bad date, not English) is a warning and not scored; a repeated id
 * (the unit records use {@code AGENTS-18} twice) is made unique ({@code ID#line}), with a warning;
 * XML that stops parsing, a missing file or one without records is an error.
 */
public final class PetrarchGoldReader {

  private final PetrarchXmlReader reader = new PetrarchXmlReader(GoldFiles.UNDATED);

  public GoldFile read(Path file, String name) {
    List<String> warnings = new ArrayList<>();
    List<Problem> fatal = new ArrayList<>();
    List<GoldRecord> records = new ArrayList<>();
    int[] skipped = {0};
    try (Stream<PetrarchRecord> stream =
        reader.records(
            file,
            problem -> {
              Problem named = new Problem(name, problem.line(), problem.message(), problem.kind());
              switch (problem.kind()) {
                case MALFORMED, UNREADABLE, MISSING_FILE, EMPTY, BINARY, INVALID_UTF8, TOO_LARGE ->
                    fatal.add(named);
                case UNSUPPORTED_TYPE, INVALID_FIELD, NOT_ENGLISH, LONG_SENTENCE -> {
                  skipped[0]++;
                  warnings.add(named + " (not scored)");
                }
              }
            })) {
      Set<String> ids = new HashSet<>();
      stream.forEach(
          record -> {
            GoldRecord gold = record(record);
            if (!ids.add(gold.id())) {
              String renamed = gold.id() + "#" + gold.line();
              warnings.add(
                  String.format(
                      "%s:%d: record id %s appears again; scored as %s",
                      name, gold.line(), gold.id(), renamed));
              ids.add(renamed);
              Document document = gold.document();
              gold =
                  new GoldRecord(
                      gold.line(),
                      gold.category(),
                      document.part(renamed, document.text()),
                      gold.expected(),
                      gold.parse());
            }
            records.add(gold);
          });
    }
    if (!fatal.isEmpty()) {
      throw EntenteException.badData("%s", fatal.get(0));
    }
    if (records.isEmpty()) {
      throw EntenteException.badData("%s: no <Sentence> records to score", name);
    }
    return new GoldFile(name, GoldFile.Format.PETRARCH, records, warnings, skipped[0]);
  }

  static GoldRecord record(PetrarchRecord record) {
    List<ExpectedEvent> expected = new ArrayList<>();
    for (GoldEvent gold : record.gold()) {
      expected.add(ExpectedEvent.triple(gold.source(), gold.target(), gold.code()));
    }
    String id = record.document().id();
    String category = record.category();
    if (category.isEmpty()) {
      category = id.lastIndexOf('-') > 0 ? id.substring(0, id.lastIndexOf('-')) : id;
    }
    return new GoldRecord(record.line(), category, record.document(), expected, record.parse());
  }
}
