package org.entente.nlp.read;

import java.util.Optional;
import java.util.function.Consumer;
import org.entente.core.Document;
import org.entente.core.Problem;

/**
 * What every reader does to every document it yields, in order: drop runs too long to be a sentence
 * ({@link SentenceLengthCheck}), remove boilerplate ({@link BoilerplateFilter}), skip a document
 * with no text left, skip one not in English ({@link EnglishCheck}). A skipped document is one
 * problem:
 *
 * <pre>
 * news.jsonl:12: not English: 3% of its words are English function words ..., 39% French, ...
 * page.html: no text left after removing boilerplate; check that the file holds an article
 * </pre>
 */
final class DocumentChecks {
  private final SentenceLengthCheck sentenceLength = new SentenceLengthCheck();
  private final BoilerplateFilter boilerplate = new BoilerplateFilter();
  private final EnglishCheck english = new EnglishCheck();

  /**
   * The document with its text cleaned, or {@code null} when it is skipped (and reported). A fault
   * in a check (a bug meeting text it did not foresee) costs this document only: it is reported as
   * a problem naming the document and the document is skipped.
   */
  Document apply(Document document, TextOrigin origin, Consumer<Problem> problems) {
    try {
      return check(document, origin, problems);
    } catch (RuntimeException e) {
      problems.accept(
          skipped(
              origin,
              Problem.Kind.INTERNAL,
              "document '"
                  + document.id()
                  + "' could not be read ("
                  + e
                  + "); the document is skipped — please report this with the document"));
      return null;
    }
  }

  private Document check(Document document, TextOrigin origin, Consumer<Problem> problems) {
    String text = document.text().replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      problems.accept(skipped(origin, Problem.Kind.EMPTY, "no text; the document is skipped"));
      return null;
    }
    text = sentenceLength.dropLongRuns(text, origin, problems);
    text = boilerplate.clean(text);
    if (text.isBlank()) {
      problems.accept(
          skipped(
              origin,
              Problem.Kind.EMPTY,
              "no text left after removing boilerplate and overlong runs; the document is"
                  + " skipped"));
      return null;
    }
    Optional<String> notEnglish = english.whyNotEnglish(text);
    if (notEnglish.isPresent()) {
      problems.accept(skipped(origin, Problem.Kind.NOT_ENGLISH, notEnglish.get()));
      return null;
    }
    return document.withText(text);
  }

  private static Problem skipped(TextOrigin origin, Problem.Kind kind, String message) {
    return new Problem(origin.file(), origin.documentLine(), message, kind);
  }
}
