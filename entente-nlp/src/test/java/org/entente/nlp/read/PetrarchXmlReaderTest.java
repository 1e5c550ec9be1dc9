package org.entente.nlp.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

class PetrarchXmlReaderTest {
  private static final String RECORDS =
      """
      <Validation>
      <!-- a comment with <Sentence> in it -->
      <Sentences>
      <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
      <!-- Simple coding -->
      <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
      <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
      <Text>
      Arnor is about to restore full diplomatic ties with Gondor almost
      five years after crowds trashed its embassy.
      </Text>
      <Parse>
      (ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))
      </Parse>
      </Sentence>
      <Sentence date = "19950104" id ="FINAL-RECORD" category="DEMO" sentence="false">
      <EventCoding noevents = "True"></EventCoding>
      <Text>ALL OF THE UNIT TESTS WERE CODED CORRECTLY.</Text>
      </Sentence>
      <Sentence date="20080801" id="ERROR-01" category="ERROR" sentence="true">
      <EventCoding error="dateline"></EventCoding>
      <Skip></Skip>
      <Text>CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit.</Text>
      </Sentence>
      </Sentences>
      </Validation>
      """;

  private final List<Problem> problems = new ArrayList<>();

  private List<PetrarchRecord> records(String xml) {
    try (Stream<PetrarchRecord> records =
        new PetrarchXmlReader(null)
            .records("unit.xml", new ByteArrayInputStream(xml.getBytes(UTF_8)), problems::add)) {
      return records.collect(Collectors.toList());
    }
  }

  @Test
  void readsEachSentenceWithItsParseAndGoldEvents() {
    List<PetrarchRecord> records = records(RECORDS);

    assertThat(problems).isEmpty();
    assertThat(records).hasSize(3);
    PetrarchRecord demo = records.get(0);
    assertThat(demo.document())
        .isEqualTo(
            new Document(
                "DEMO-00",
                LocalDate.of(1995, 1, 1),
                "Arnor is about to restore full diplomatic ties with Gondor almost five years after"
                    + " crowds trashed its embassy.",
                "",
                "",
                ""));
    assertThat(demo.line()).isEqualTo(4);
    assertThat(demo.category()).isEqualTo("DEMO");
    assertThat(demo.sentence()).isTrue();
    assertThat(demo.parse()).isEqualTo("(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))");
    assertThat(demo.gold())
        .containsExactly(
            new GoldEvent("ARN", "GON", "064"), new GoldEvent("\"INJURY TOLL\"", "OSG", "223"));
    assertThat(demo.noEvents()).isFalse();
    assertThat(demo.expectedError()).isEmpty();
  }

  @Test
  void readsTheNoEventsErrorSkipAndSentenceFlags() {
    List<PetrarchRecord> records = records(RECORDS);

    PetrarchRecord last = records.get(1);
    assertThat(last.document().id()).isEqualTo("FINAL-RECORD");
    assertThat(last.document().date()).isEqualTo(LocalDate.of(1995, 1, 4));
    assertThat(last.noEvents()).isTrue();
    assertThat(last.hasGold()).isFalse();
    assertThat(last.sentence()).isFalse();
    assertThat(last.parse()).isEmpty();
    PetrarchRecord error = records.get(2);
    assertThat(error.expectedError()).isEqualTo("dateline");
    assertThat(error.skip()).isTrue();
  }

  @Test
  void badRecordsAreReportedWithTheirLineAndSkipped() {
    String xml =
        RECORDS
            .replace("date=\"19950101\" id=\"DEMO-00\"", "date=\"1995-01-01\" id=\"DEMO-00\"")
            .replace("<Text>ALL OF THE UNIT TESTS WERE CODED CORRECTLY.</Text>", "");

    assertThat(records(xml)).extracting(r -> r.document().id()).containsExactly("ERROR-01");
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "unit.xml:4: record DEMO-00: bad date \"1995-01-01\"; write YYYYMMDD",
            "unit.xml:16: record FINAL-RECORD has no <Text>; add the sentence");
  }

  @Test
  void brokenXmlKeepsTheRecordsBeforeItAndNamesTheLine() {
    String xml = RECORDS.replace("<Skip></Skip>", "<Skip></Skop>");

    assertThat(records(xml))
        .extracting(r -> r.document().id())
        .containsExactly("DEMO-00", "FINAL-RECORD");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED);
              assertThat(p.toString())
                  .startsWith("unit.xml:22: malformed XML, the rest of the file is skipped: ");
            });
  }

  @Test
  void xmlWithoutSentencesIsReported() {
    assertThat(records("<rss><channel><item>News</item></channel></rss>")).isEmpty();
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "unit.xml: no <Sentence> records; Entente reads PETRARCH validation XML"
                + " (<Sentences><Sentence date=\"YYYYMMDD\" id=\"...\"><Text>...)");
  }

  @Test
  void readsAsDocumentsToo() {
    try (Stream<Document> documents =
        new PetrarchXmlReader(null)
            .read("unit.xml", new ByteArrayInputStream(RECORDS.getBytes(UTF_8)), problems::add)) {
      assertThat(documents.map(Document::id))
          .containsExactly("DEMO-00", "FINAL-RECORD", "ERROR-01");
    }
  }

  /**
   * PETR.UnitTest.records.dev.xml has 178 records; 163 have gold codings (235 events), 9 say
   * noevents, 5 expect an error, 3 have sentence="false", PATTERN-06 has no EventCoding at all.
   * Counted with Python's ElementTree, and cross-checked below by counting tags in the raw text.
   */
  @Test
  void readsEveryRecordOfThePetrarchUnitTests() throws IOException {
    Path file = SharedFiles.resolve("reference/petrarch/PETR.UnitTest.records.dev.xml");

    List<PetrarchRecord> records;
    try (Stream<PetrarchRecord> stream = new PetrarchXmlReader(null).records(file, problems::add)) {
      records = stream.collect(Collectors.toList());
    }

    assertThat(problems).isEmpty();
    assertThat(records).hasSize(178);
    assertThat(records.stream().filter(PetrarchRecord::hasGold)).hasSize(163);
    assertThat(records.stream().mapToInt(r -> r.gold().size()).sum()).isEqualTo(235);
    assertThat(records.stream().filter(PetrarchRecord::noEvents)).hasSize(9);
    assertThat(records.stream().filter(r -> !r.expectedError().isEmpty())).hasSize(5);
    assertThat(records.stream().filter(r -> !r.sentence())).hasSize(3);
    assertThat(records).allSatisfy(r -> assertThat(r.parse()).startsWith("(").endsWith(")"));
    assertThat(records.get(0).document().id()).isEqualTo("DEMO-00");
    assertThat(records.get(177).document().id()).isEqualTo("FINAL-RECORD");

    String raw = Files.readString(file, UTF_8);
    assertThat(count(raw, "<Sentence\\s")).isEqualTo(178);
    assertThat(count(raw, "<EventCoding\\s+sourcecode")).isEqualTo(235);
  }

  private static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }
}
