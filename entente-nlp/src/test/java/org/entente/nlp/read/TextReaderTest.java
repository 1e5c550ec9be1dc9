package org.entente.nlp.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
  private static final String TEXT = "Russia has been selling increasing volumes of oil to China.";

  @TempDir Path directory;

  private final List<Problem> problems = new ArrayList<>();

  private List<Document> read(Path file, LocalDate date) {
    try (Stream<Document> documents = new TextReader(date).read(file, problems::add)) {
      return documents.collect(Collectors.toList());
    }
  }

  @Test
  void theFileIsOneDocumentNamedAfterTheFile() throws IOException {
    Path file = Files.writeString(directory.resolve("oil-deal.txt"), TEXT + "\n");

    assertThat(read(file, LocalDate.of(2019, 6, 5)))
        .containsExactly(new Document("oil-deal", LocalDate.of(2019, 6, 5), TEXT, "", "", ""));
    assertThat(problems).isEmpty();
  }

  @Test
  void withoutDateOrSidecarTheDateIsNull() throws IOException {
    Path file = Files.writeString(directory.resolve("oil-deal.txt"), TEXT);

    assertThat(read(file, null)).singleElement().extracting(Document::date).isNull();
  }

  @Test
  void aSidecarGivesTheMetadataAndTheDateWhenTheCallerGivesNone() throws IOException {
    Path file = Files.writeString(directory.resolve("oil-deal.txt"), TEXT);
    Files.writeString(
        directory.resolve("oil-deal.json"),
        "{\"id\": \"oil-2019\", \"date\": \"2019-06-07\", \"title\": \"Oil\", \"url\": \"u\","
            + " \"source\": \"s\", \"author\": \"ignored\"}");

    assertThat(read(file, null))
        .containsExactly(new Document("oil-2019", LocalDate.of(2019, 6, 7), TEXT, "Oil", "u", "s"));
    assertThat(read(file, LocalDate.of(2020, 1, 1)))
        .extracting(Document::date)
        .as("--date wins over the sidecar")
        .containsExactly(LocalDate.of(2020, 1, 1));
  }

  @Test
  void aMalformedSidecarIsReportedAndTheTextReadWithoutIt() throws IOException {
    Path file = Files.writeString(directory.resolve("oil-deal.txt"), TEXT);
    Path sidecar =
        Files.writeString(directory.resolve("oil-deal.json"), "{\n\"date\": 2019-06-07}");

    assertThat(read(file, null)).extracting(Document::id).containsExactly("oil-deal");
    assertThat(problems)
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith(sidecar + ":2: malformed JSON: ")
        .endsWith("; the text is read without it");
  }

  @Test
  void readsTheSeedWithItsSidecarAndWithoutItsBioBox() {
    Path seed = SharedFiles.resolve("seed/china-russia-entente.txt");

    List<Document> documents = read(seed, null);

    assertThat(problems).isEmpty();
    assertThat(documents).hasSize(1);
    Document document = documents.get(0);
    assertThat(document.id()).isEqualTo("china-russia-entente");
    assertThat(document.date()).isEqualTo(LocalDate.of(2019, 6, 5));
    assertThat(document.title())
        .isEqualTo("Russia and China: a new model of major-country relations");
    assertThat(document.text())
        .startsWith("President Xi Jinping’s visit to Russia comes exactly 30 years after")
        .endsWith("but not so close as to become followers.")
        .doesNotContain("Trenin", "More >", "originally published");
    assertThat(document.text().split("\n\n")).hasSize(14);
  }

  @Test
  void readsUtf8WithAByteOrderMark() throws IOException {
    Path file = directory.resolve("bom.txt");
    Files.write(file, ("\uFEFF" + TEXT).getBytes(UTF_8));

    assertThat(read(file, null)).extracting(Document::text).containsExactly(TEXT);
  }
}
