package org.entente.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.core.Document;
import org.junit.jupiter.api.Test;

class DocumentPartsTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 5);
  private static final String PARAGRAPH =
      "Russia and China signed a gas deal on Monday. The deal runs for thirty years.";

  private static Document document(String text) {
    return new Document("report", DATE, text, "Title", "http://example.org/r", "Wire");
  }

  @Test
  void aShortDocumentIsOnePartItself() {
    Document short_ = document(PARAGRAPH);

    assertThat(new DocumentParts().split(short_)).containsExactly(short_);
  }

  @Test
  void aMegabyteDocumentIsCutAtParagraphsIntoBoundedPartsAndNothingIsLost() {
    String text =
        String.join(
            "\n\n", java.util.Collections.nCopies(1_048_576 / PARAGRAPH.length(), PARAGRAPH));

    List<Document> parts = new DocumentParts().split(document(text));

    assertThat(parts).hasSizeGreaterThan(10);
    assertThat(parts)
        .allSatisfy(
            part -> assertThat(part.text().length()).isLessThanOrEqualTo(DocumentParts.MAX_CHARS));
    assertThat(parts)
        .allSatisfy(part -> assertThat(part.text()).startsWith("Russia").endsWith("years."));
    assertThat(parts.stream().map(Document::text).collect(Collectors.joining("\n\n")))
        .isEqualTo(text);
    assertThat(parts.get(0).id()).isEqualTo("report");
    assertThat(parts.get(1).id()).isEqualTo("report~2");
    assertThat(parts)
        .allSatisfy(
            part -> {
              assertThat(part.date()).isEqualTo(DATE);
              assertThat(part.url()).isEqualTo("http://example.org/r");
            });
  }

  @Test
  void aTextWithoutParagraphsIsCutAfterASentence() {
    String text = (PARAGRAPH + " ").repeat(40).strip();

    List<Document> parts = new DocumentParts(1000).split(document(text));

    assertThat(parts).allSatisfy(part -> assertThat(part.text()).endsWith("."));
    assertThat(parts.stream().map(Document::text).collect(Collectors.joining(" "))).isEqualTo(text);
  }

  @Test
  void aTextWithoutBreaksIsCutAtTheLimit() {
    String text = "x".repeat(2500);

    List<Document> parts = new DocumentParts(1000).split(document(text));

    assertThat(parts).extracting(part -> part.text().length()).containsExactly(1000, 1000, 500);
  }
}
