package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.codebook.Codebook;
import org.entente.coder.EventCoder;
import org.entente.coder.lexicon.Lexicon;
import org.entente.core.Document;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.nlp.DocumentCoder;
import org.entente.text.ParsedDocument;
import org.entente.text.SentenceParser;
import org.junit.jupiter.api.Test;

/**
 * A fault inside the coding of one document costs that document only; a long document does not hold
 * the other threads back.
 */
class CodingRunTest {

  /** A parser that parses nothing, and fails on the documents whose id says so. */
  private static final SentenceParser FAULTY =
      document -> {
        switch (document.id()) {
          case "index" ->
              throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
          case "deep" -> throw new StackOverflowError();
          default -> {
            return new ParsedDocument(document, List.of(), List.of());
          }
        }
      };

  private static DocumentCoder coder() {
    Codebook codebook = Codebook.standard();
    ActorDictionary dictionary = ActorDictionary.standard();
    return new DocumentCoder(
        FAULTY,
        new EventCoder(
            codebook,
            Lexicon.standard(codebook),
            new DictionaryActorMatcher(dictionary),
            dictionary.vocabulary()));
  }

  private static Document document(String id) {
    return new Document(id, LocalDate.of(2019, 6, 5), "Russia sold gas to China.", "", "", "");
  }

  @Test
  void aDocumentWhoseCodingFailsIsReportedAndTheOthersAreCoded() {
    StringWriter err = new StringWriter();
    CodingRun run = new CodingRun(coder(), LocalDate.of(2019, 6, 5), 2, new PrintWriter(err, true));
    List<String> coded = new ArrayList<>();

    run.run(
        List.of(document("a"), document("index"), document("b"), document("deep"), document("c"))
            .iterator(),
        result -> coded.add(result.coded().document().id()));

    assertThat(coded).containsExactly("a", "b", "c");
    assertThat(run.failed()).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "entente: index: could not be coded (java.lang.ArrayIndexOutOfBoundsException: Index 3"
                + " out of bounds for length 3); skipped")
        .contains("entente: deep: could not be coded (java.lang.StackOverflowError); skipped");
  }

  @Test
  void theOtherThreadCodesTheWindowWhileTheHeadDocumentIsParsed() {
    // the head document is parsed only once all the documents after it that the window holds have
    // been parsed on the other thread: with a window of two per thread this would never happen
    int others = 2 * CodingRun.IN_FLIGHT_PER_THREAD - 1;
    CountDownLatch othersParsed = new CountDownLatch(others);
    SentenceParser slowHead =
        document -> {
          if (document.id().equals("long")) {
            try {
              if (!othersParsed.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other thread stopped while this one parsed");
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
          } else {
            othersParsed.countDown();
          }
          return new ParsedDocument(document, List.of(), List.of());
        };
    Codebook codebook = Codebook.standard();
    ActorDictionary dictionary = ActorDictionary.standard();
    DocumentCoder coder =
        new DocumentCoder(
            slowHead,
            new EventCoder(
                codebook,
                Lexicon.standard(codebook),
                new DictionaryActorMatcher(dictionary),
                dictionary.vocabulary()));
    List<Document> input = new ArrayList<>();
    input.add(document("long"));
    for (int i = 0; i < others + 5; i++) {
      input.add(document("short" + i));
    }
    StringWriter err = new StringWriter();
    CodingRun run = new CodingRun(coder, LocalDate.of(2019, 6, 5), 2, new PrintWriter(err, true));
    List<String> coded = new ArrayList<>();

    run.run(input.iterator(), result -> coded.add(result.coded().document().id()));

    assertThat(err.toString()).isEmpty();
    assertThat(coded).containsExactlyElementsOf(input.stream().map(Document::id).toList());
  }
}
