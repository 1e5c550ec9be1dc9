package org.entente.nlp.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static final LocalDate DEFAULT = LocalDate.of(2019, 6, 5);

  private final List<Problem> problems = new ArrayList<>();

  private List<Document> read(String jsonLines) {
    return read(jsonLines.getBytes(UTF_8));
  }

  private List<Document> read(byte[] bytes) {
    try (Stream<Document> documents =
        new JsonLinesReader(DEFAULT)
            .read("news.jsonl", new ByteArrayInputStream(bytes), problems::add)) {
      return documents.collect(Collectors.toList());
    }
  }

  private static String line(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}\n";
  }

  @Test
  void readsEveryFieldOfTheContract() {
    List<Document> documents =
        read(
            "{\"id\": \"r-26\", \"date\": \"1987-02-26\", \"text\": \"Venezuela and its banks"
                + " agreed.\", \"title\": \"BANKERS REPORT\", \"url\": \"https://x.org/26\","
                + " \"source\": \"Reuters\", \"dateline\": \"CARACAS, Feb 26 -\","
                + " \"extra\": [1, 2]}\n");

    assertThat(documents)
        .containsExactly(
            new Document(
                "r-26",
                LocalDate.of(1987, 2, 26),
                "Venezuela and its banks agreed.",
                "BANKERS REPORT",
                "https://x.org/26",
                "Reuters",
                "CARACAS, Feb 26 -"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aDocumentWithoutADateTakesTheDefaultDate() {
    assertThat(read(line("a", "Russia sold oil to China.")))
        .extracting(Document::date)
        .containsExactly(DEFAULT);
  }

  @Test
  void aDateTimeGivesItsDate() {
    assertThat(read("{\"id\": 1, \"date\": \"2019-06-05T08:30:00Z\", \"text\": \"Xi visited.\"}"))
        .extracting(Document::id, Document::date)
        .containsExactly(tuple("1", LocalDate.of(2019, 6, 5)));
  }

  @Test
  void aMalformedLineIsReportedWithItsNumberAndTheRestIsRead() {
    StringBuilder file = new StringBuilder();
    IntStream.rangeClosed(1, 36).forEach(i -> file.append(line("d" + i, "Story " + i + ".")));
    file.append("{\"id\": \"d37\", \"text\": \"cut off\n");
    file.append(line("d38", "Story 38."));

    List<Document> documents = read(file.toString());

    assertThat(documents).hasSize(37);
    assertThat(documents.get(36).id()).isEqualTo("d38");
    assertThat(problems)
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        // the rest is Jackson's wording, which its versions change
        .startsWith("news.jsonl:37: malformed JSON: Unexpected end-of-input: ");
    assertThat(problems.get(0).kind()).isEqualTo(Problem.Kind.MALFORMED);
  }

  @Test
  void twoObjectsOnOneLineAreMalformed() {
    read("{\"id\": \"a\", \"text\": \"A.\"} {\"id\": \"b\", \"text\": \"B.\"}\n");

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("news.jsonl:1: malformed JSON: "));
  }

  @Test
  void missingOrWrongFieldsAreReportedAndSkipped() {
    List<Document> documents =
        read(
            "{\"text\": \"No id.\"}\n"
                + "{\"id\": \"b\"}\n"
                + "{\"id\": \"c\", \"text\": 42}\n"
                + "{\"id\": \"d\", \"text\": \"Bad date.\", \"date\": \"05/06/2019\"}\n"
                + "[1, 2]\n"
                + "{\"id\": \"e\", \"text\": \"   \"}\n"
                + line("ok", "Russia sold oil to China."));

    assertThat(documents).extracting(Document::id).containsExactly("ok");
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "news.jsonl:1: missing \"id\"; every document needs an \"id\" and a \"text\"",
            "news.jsonl:2: missing \"text\"; every document needs an \"id\" and a \"text\"",
            "news.jsonl:3: \"text\" is a number, not a string",
            "news.jsonl:4: bad \"date\" \"05/06/2019\"; write dates as YYYY-MM-DD",
            "news.jsonl:5: expected a JSON object {\"id\": ..., \"text\": ...}, found an array",
            "news.jsonl:6: no text; the document is skipped");
  }

  @Test
  void blankLinesAndWindowsLineEndsAreFine() {
    assertThat(read("\n" + line("a", "A.").replace("\n", "\r\n") + "\n  \n" + line("b", "B.")))
        .extracting(Document::id)
        .containsExactly("a", "b");
    assertThat(problems).isEmpty();
  }

  @Test
  void aLineThatIsNotUtf8IsReportedWithItsByteOffset() {
    byte[] good = line("a", "A.").getBytes(UTF_8);
    byte[] bad = "{\"id\": \"b\", \"text\": \"Caf\u00e9\"}\n".getBytes(ISO_8859_1);
    byte[] file = concat(good, bad, line("c", "C.").getBytes(UTF_8));

    assertThat(read(file)).extracting(Document::id).containsExactly("a", "c");
    int offset = good.length + "{\"id\": \"b\", \"text\": \"Caf".length();
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "news.jsonl:2: invalid UTF-8 at byte offset "
                + offset
                + " (byte 0xE9); save the file as UTF-8 (it may be Latin-1 or Windows-1252: iconv"
                + " -f WINDOWS-1252 -t UTF-8)");
  }

  @Test
  void readsLazilyABufferAtATime() {
    // the start is sniffed for binary content, so the failure comes after the first 8 KB
    String start =
        IntStream.range(0, 400)
            .mapToObj(i -> line("d" + i, "Story."))
            .collect(Collectors.joining());
    InputStream failsAfterTheStart =
        new SequenceInputStream(
            new ByteArrayInputStream(start.getBytes(UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("the rest is never read");
              }
            });

    try (Stream<Document> documents =
        new JsonLinesReader(null).read("big.jsonl", failsAfterTheStart, problems::add)) {
      assertThat(documents.findFirst()).map(Document::id).hasValue("d0");
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void readsTheReutersCorpusWithoutAProblem() {
    Path corpus = SharedFiles.resolve("corpora/reuters21578-ir.jsonl");

    long count;
    try (Stream<Document> documents = new JsonLinesReader(null).read(corpus, problems::add)) {
      count = documents.count();
    }

    assertThat(problems).isEmpty();
    assertThat(count).isEqualTo(2_363);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
