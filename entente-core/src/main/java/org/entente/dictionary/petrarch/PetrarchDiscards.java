package org.entente.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;

/**
 * Drops what PETRARCH's discard lists say not to code, before the coder sees it: "Arnor is about to
 * restore baseball competition with Gondor" holds {@code BASEBALL}, so the sentence is left out; a
 * sentence holding a story-level phrase ({@code +TYPHOON}) leaves the whole story out.
 *
 * <p>Matching is PETRARCH's: case-insensitive, from the start of a word; the last word of a phrase
 * written with a trailing {@code _} must end there, the others are stems ({@code BASEBALL} also
 * drops "baseballs").
 */
public final class PetrarchDiscards implements UnaryOperator<ParsedDocument> {

  private final List<PetrarchDiscard> discards;

  public PetrarchDiscards(List<PetrarchDiscard> discards) {
    this.discards = List.copyOf(discards);
  }

  @Override
  public ParsedDocument apply(ParsedDocument parsed) {
    List<ParsedSentence> kept = new ArrayList<>();
    List<String> skipped = new ArrayList<>(parsed.skipped());
    for (ParsedSentence sentence : parsed.sentences()) {
      PetrarchDiscard discard = matching(sentence.text());
      if (discard == null) {
        kept.add(sentence);
      } else if (discard.scope() == PetrarchDiscard.Scope.STORY) {
        skipped.add("story discarded by '" + discard.phrase() + "' (" + discard.origin() + ")");
        return new ParsedDocument(parsed.document(), List.of(), skipped);
      } else {
        skipped.add(
            "sentence "
                + sentence.index()
                + " discarded by '"
                + discard.phrase()
                + "' ("
                + discard.origin()
                + ")");
      }
    }
    return kept.size() == parsed.sentences().size()
        ? parsed
        : new ParsedDocument(parsed.document(), kept, skipped);
  }

  /** The first discard whose phrase the text holds, or {@code null}. */
  public PetrarchDiscard matching(String text) {
    List<String> words = words(text);
    for (PetrarchDiscard discard : discards) {
      if (holds(words, discard.phrase())) {
        return discard;
      }
    }
    return null;
  }

  private static boolean holds(List<String> words, PetrarchPhrase phrase) {
    List<String> wanted = new ArrayList<>();
    for (String word : phrase.words()) {
      wanted.addAll(words(word));
    }
    if (wanted.isEmpty()) {
      return false;
    }
    for (int start = 0; start + wanted.size() <= words.size(); start++) {
      boolean all = true;
      for (int i = 0; i < wanted.size() && all; i++) {
        String word = words.get(start + i);
        String want = wanted.get(i);
        boolean last = i == wanted.size() - 1;
        all = last && !phrase.exact() ? word.startsWith(want) : word.equals(want);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
