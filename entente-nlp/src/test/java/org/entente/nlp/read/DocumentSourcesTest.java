package org.entente.nlp.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourcesTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 5);
  private static final String ENGLISH =
      "Russia has been selling increasing volumes of oil to China.";

  @TempDir Path directory;

  private final List<Problem> problems = new ArrayList<>();
  private InputStream standardInput = InputStream.nullInputStream();
  private DocumentSources sources;

  private List<String> ids(String... arguments) {
    sources = new DocumentSources(DATE, standardInput, problems::add);
    try (Stream<Document> documents = sources.documents(List.of(arguments))) {
      return documents.map(Document::id).collect(Collectors.toList());
    }
  }

  private String file(String name, String content) throws IOException {
    Path path = directory.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    return path.toString();
  }

  private String file(String name, byte[] content) throws IOException {
    Path path = directory.resolve(name);
    Files.write(path, content);
    return path.toString();
  }

  private List<String> messages() {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void aDirectoryIsReadRecursivelyInPathOrderWithSupportedFilesOnly() throws IOException {
    file("b.txt", ENGLISH);
    file("a/z.txt", ENGLISH);
    file("a/y.jsonl", "{\"id\": \"y1\", \"text\": \"" + ENGLISH + "\"}\n");
    file("c.html", "<html><body><p>" + ENGLISH + "</p></body></html>");
    file("b.json", "{\"title\": \"a sidecar, not a document\"}");
    file("notes.md", "# not read");
    file(".hidden/x.txt", ENGLISH);

    assertThat(ids(directory.toString())).containsExactly("y1", "a/z", "b", "c");
    assertThat(problems).isEmpty();
    assertThat(sources.skipped()).isZero();
  }

  @Test
  void filesOfTheSameNameInDifferentFoldersGetDifferentIds() throws IOException {
    file("2019/note.txt", ENGLISH);
    file("2020/note.txt", "China and Russia held talks in Beijing on Monday.");
    file("note.txt", "The United States imposed new tariffs on Chinese goods.");

    assertThat(ids(directory.toString())).containsExactly("2019/note", "2020/note", "note");
    assertThat(problems).isEmpty();
  }

  @Test
  void aDocumentThatBreaksAReaderIsReportedAndTheOthersAreRead() throws IOException {
    // the text ends with a name line, which the author-box rule once read past
    String byline =
        file(
            "byline.txt",
            "Russia and China signed a gas deal on Monday. The deal runs for thirty years.\n\n"
                + "Dmitri Trenin");
    String news = file("news.jsonl", "{\"id\": \"n1\", \"text\": \"" + ENGLISH + "\"}\n");

    assertThat(ids(byline, news)).containsExactly("byline", "n1");
    assertThat(problems).isEmpty();
  }

  @Test
  void aDashReadsJsonLinesFromStandardInput() {
    standardInput =
        new ByteArrayInputStream(
            ("{\"id\": \"in1\", \"text\": \"" + ENGLISH + "\"}\n{bad\n").getBytes(UTF_8));

    assertThat(ids("-")).containsExactly("in1");
    assertThat(messages()).singleElement().asString().startsWith("<stdin>:2: malformed JSON: ");
  }

  @Test
  void readsLazilyThroughAnIteratorAsTheCliDoes() {
    // 12 KB of lines, past the 8 KB sniffed for binary content, then a stream that must not be read
    String start =
        IntStream.range(0, 300)
            .mapToObj(i -> "{\"id\": \"d" + i + "\", \"text\": \"" + ENGLISH + "\"}\n")
            .collect(Collectors.joining());
    standardInput =
        new SequenceInputStream(
            new ByteArrayInputStream(start.getBytes(UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("read past what was asked for");
              }
            });
    sources = new DocumentSources(DATE, standardInput, problems::add);

    try (Stream<Document> documents = sources.documents(List.of("-"))) {
      Iterator<Document> iterator = documents.iterator();
      assertThat(iterator.next().id()).isEqualTo("d0");
      assertThat(iterator.next().id()).isEqualTo("d1");
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    String empty = file("empty.txt", "");
    String blank = file("blank.jsonl", " \n\n  \n");

    assertThat(ids(empty, blank)).isEmpty();
    assertThat(messages())
        .containsExactly(
            empty + ": empty file; nothing to read", blank + ": empty file; nothing to read");
    assertThat(problems).extracting(Problem::kind).containsOnly(Problem.Kind.EMPTY);
  }

  @Test
  void aBinaryFileIsReported() throws IOException {
    byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
    String binary = file("news.jsonl", gzip);

    assertThat(ids(binary)).isEmpty();
    assertThat(messages())
        .containsExactly(
            binary
                + ": binary file (NUL byte at offset 3); Entente reads UTF-8 text: .jsonl, .txt,"
                + " .html, .xml");
    assertThat(problems.get(0).kind()).isEqualTo(Problem.Kind.BINARY);
  }

  @Test
  void controlCharactersWithoutNulAreBinaryToo() throws IOException {
    byte[] noise = new byte[1000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    String binary = file("noise.txt", noise);

    assertThat(ids(binary)).isEmpty();
    assertThat(messages())
        .containsExactly(
            binary
                + ": binary file (33% control characters in the first 1000 bytes); Entente reads"
                + " UTF-8 text");
  }

  @Test
  void utf16IsReportedWithTheFix() throws IOException {
    String utf16 = file("utf16.txt", ("\uFEFF" + ENGLISH).getBytes(UTF_16LE));

    assertThat(ids(utf16)).isEmpty();
    assertThat(messages())
        .containsExactly(
            utf16
                + ": UTF-16 text (byte-order mark); Entente reads UTF-8: convert it, e.g. iconv -f"
                + " UTF-16 -t UTF-8");
  }

  @Test
  void invalidUtf8IsReportedWithItsLineAndByteOffset() throws IOException {
    String latin1 =
        file("latin1.txt", (ENGLISH + "\nThe café in Moscow was closed.\n").getBytes(ISO_8859_1));

    assertThat(ids(latin1)).isEmpty();
    int offset = ENGLISH.length() + 1 + "The caf".length();
    assertThat(messages())
        .containsExactly(
            latin1
                + ":2: invalid UTF-8 at byte offset "
                + offset
                + " (byte 0xE9); save the file as UTF-8 (it may be Latin-1 or Windows-1252: iconv"
                + " -f WINDOWS-1252 -t UTF-8)");
    assertThat(problems.get(0).kind()).isEqualTo(Problem.Kind.INVALID_UTF8);
  }

  @Test
  void malformedJsonOnLine37IsReportedAndTheOtherLinesRead() throws IOException {
    String lines =
        IntStream.rangeClosed(1, 40)
            .mapToObj(
                i ->
                    i == 37
                        ? "{\"id\": \"d37\" \"text\": \"no comma\"}"
                        : "{\"id\": \"d" + i + "\", \"text\": \"" + ENGLISH + "\"}")
            .collect(Collectors.joining("\n"));
    String jsonl = file("news.jsonl", lines);

    assertThat(ids(jsonl)).hasSize(39).doesNotContain("d37");
    assertThat(messages())
        .containsExactly(
            jsonl
                + ":37: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma"
                + " to separate Object entries");
  }

  @Test
  void anUnsupportedExtensionIsReportedWhenNamed() throws IOException {
    String doc = file("report.doc", ENGLISH);
    String bare = file("README", ENGLISH);

    assertThat(ids(doc, bare)).isEmpty();
    assertThat(messages())
        .containsExactly(
            doc
                + ": unsupported file type '.doc'; Entente reads .jsonl (.ndjson), .txt, .html"
                + " (.htm) and PETRARCH .xml",
            bare
                + ": no file extension; Entente reads .jsonl (.ndjson), .txt, .html (.htm) and"
                + " PETRARCH .xml");
    assertThat(problems).extracting(Problem::kind).containsOnly(Problem.Kind.UNSUPPORTED_TYPE);
  }

  @Test
  void aMissingFileIsReported() {
    String missing = directory.resolve("nowhere.jsonl").toString();

    assertThat(ids(missing)).isEmpty();
    assertThat(messages())
        .containsExactly(missing + ": no such file or directory; check the path and the spelling");
    assertThat(problems.get(0).kind()).isEqualTo(Problem.Kind.MISSING_FILE);
  }

  @Test
  void anEmptyDirectoryIsReported() throws IOException {
    file("sub/notes.md", "# nothing to read");
    String sub = directory.resolve("sub").toString();

    assertThat(ids(sub)).isEmpty();
    assertThat(messages())
        .containsExactly(
            sub + ": no .jsonl, .ndjson, .txt, .html, .htm or .xml files in this directory");
  }

  @Test
  void nonEnglishTextIsReportedAndSkipped() throws IOException {
    String french = file("french.txt", EnglishCheckTest.FRENCH);
    String jsonl =
        file(
            "mixed.jsonl",
            "{\"id\": \"de\", \"text\": \""
                + EnglishCheckTest.GERMAN
                + "\"}\n"
                + "{\"id\": \"en\", \"text\": \""
                + ENGLISH
                + "\"}\n");

    assertThat(ids(french, jsonl)).containsExactly("en");
    assertThat(problems).extracting(Problem::kind).containsOnly(Problem.Kind.NOT_ENGLISH);
    assertThat(messages().get(0)).startsWith(french + ": not English: 0% of its words are English");
    assertThat(messages().get(1)).startsWith(jsonl + ":1: not English: ");
  }

  @Test
  void aTwoMegabyteSentenceIsLeftOutAndTheRestOfTheDocumentRead() throws IOException {
    String huge = "word ".repeat(400_000);
    String txt = file("dump.txt", ENGLISH + "\n" + huge + "\n\n" + ENGLISH + "\n");

    List<Document> documents;
    try (Stream<Document> stream =
        new DocumentSources(DATE, standardInput, problems::add).documents(List.of(txt))) {
      documents = stream.collect(Collectors.toList());
    }

    assertThat(documents)
        .singleElement()
        .extracting(Document::text)
        .isEqualTo(ENGLISH + "\n\n" + ENGLISH);
    assertThat(messages())
        .containsExactly(
            txt
                + ":2: a single sentence of 1,999,999 characters; split the text or check the file"
                + " (that run is left out, the rest of the document is read)");
  }

  @Test
  void aBatchOfBadInputStillYieldsItsGoodDocumentsAndCountsWhatWasSkipped() throws IOException {
    String good = file("good.txt", ENGLISH);
    String empty = file("empty.txt", "");
    String binary = file("binary.txt", new byte[] {'a', 0, 'b'});
    String jsonl =
        file(
            "news.jsonl",
            "{\"id\": \"j1\", \"text\": \""
                + ENGLISH
                + "\"}\n{oops\n{\"id\": \"j3\", \"text\": \""
                + ENGLISH
                + "\"}\n");

    assertThat(ids(empty, good, "missing.txt", binary, jsonl, "notes.pdf"))
        .containsExactly("good", "j1", "j3");
    assertThat(problems).hasSize(5);
    assertThat(sources.skipped()).isEqualTo(5);
  }
}
