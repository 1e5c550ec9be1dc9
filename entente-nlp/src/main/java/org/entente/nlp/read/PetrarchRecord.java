package org.entente.nlp.read;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.core.Document;

/**
 * One {@code <Sentence>} of a PETRARCH validation file: the sentence as a document, its gold parse
 * and the events PETRARCH is expected to code, for {@code entente validate} and {@code
 * --gold-parse}. For
 *
 * <pre>{@code
 * <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
 * <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
 * <Text>Arnor is about to restore full diplomatic ties with Gondor ...</Text>
 * <Parse>(ROOT (S (S (NP (NNP Arnor)) ...</Parse>
 * </Sentence>
 * }</pre>
 *
 * the record is document {@code DEMO-00} of 1995-01-01 with that text (white space collapsed),
 * category {@code DEMO}, the parse, and one gold event ARN → GON 064.
 *
 * @param document the id, date and text
 * @param line the line of the {@code <Sentence>} tag, for messages
 * @param category the {@code category} attribute ({@code DEMO}, {@code COMPOUND}), or empty
 * @param sentence the {@code sentence} attribute; {@code false} marks records for features PETRARCH
 *     does not implement (AGENT-08), which a scorer may leave out
 * @param parse the Penn Treebank parse of {@code <Parse>}, trimmed, or empty when there is none
 * @param gold the events of the {@code <EventCoding>} elements that carry codes, in file order
 * @param noEvents whether an {@code <EventCoding noevents="True">} says no event is expected
 * @param expectedError the {@code error} of an {@code <EventCoding error="dateline">}: PETRARCH is
 *     expected to reject the sentence for that reason; empty when none
 * @param skip whether the record holds a {@code <Skip>} element (none in the unit-test file)
 */
public record PetrarchRecord(
    Document document,
    int line,
    String category,
    boolean sentence,
    String parse,
    List<GoldEvent> gold,
    boolean noEvents,
    String expectedError,
    boolean skip) {

  public PetrarchRecord {
    requireNonNull(document, "document is null");
    requireNonNull(category, "category is null");
    requireNonNull(parse, "parse is null");
    requireNonNull(expectedError, "expectedError is null");
    gold = List.copyOf(gold);
  }

  /** Whether the record has gold codings to score against. */
  public boolean hasGold() {
    return !gold.isEmpty();
  }
}
