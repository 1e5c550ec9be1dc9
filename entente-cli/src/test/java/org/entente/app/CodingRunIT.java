package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.nlp.DocumentCoder;
import org.entente.nlp.read.JsonLinesReader;
import org.junit.jupiter.api.Test;

/** Two threads code what one thread codes, and hand it on in the same order. */
class CodingRunIT {

  private static final LocalDate UNDATED_ON = LocalDate.of(2019, 6, 5);

  @Test
  void twoThreadsGiveTheEventsOfOneInTheSameOrder() {
    List<Document> documents;
    try (Stream<Document> read =
        new JsonLinesReader(UNDATED_ON)
            .read(
                Path.of("../examples/news.jsonl"),
                problem -> {
                  throw new AssertionError(problem.toString());
                })) {
      documents = read.limit(40).toList();
    }
    DocumentCoder coder = TestCoders.SHARED.get(CoreNlpSentenceParser.NerMode.DATES);

    List<String> one = coded(coder, documents, 1);
    List<String> two = coded(coder, documents, 2);

    assertThat(one).hasSizeGreaterThan(documents.size()); // documents and their events
    assertThat(two).containsExactlyElementsOf(one);
  }

  /** Each document's id in the order handed on, followed by its events. */
  private static List<String> coded(DocumentCoder coder, List<Document> documents, int threads) {
    List<String> out = new ArrayList<>();
    new CodingRun(coder, UNDATED_ON, threads, null)
        .run(
            documents.iterator(),
            result -> {
              out.add("document " + result.coded().document().id());
              result.coded().events().forEach(event -> out.add(event.toString()));
            });
    return out;
  }
}
