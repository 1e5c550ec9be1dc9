package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.place.Gazetteer;

/**
 * Phrases that name actors, looked up longest-first over word pieces. Entries come from Entente's
 * own files ({@link EntenteDictionaryFiles}) or from PETRARCH dictionaries; the matcher does not
 * care which.
 */
public final class ActorDictionary {

  private final ActorVocabulary vocabulary;
  private final PhraseIndex<ActorEntry> index;
  private final List<ActorEntry> entries;
  private final Gazetteer places;

  private ActorDictionary(
      ActorVocabulary vocabulary,
      PhraseIndex<ActorEntry> index,
      List<ActorEntry> entries,
      Gazetteer places) {
    this.vocabulary = vocabulary;
    this.index = index;
    this.entries = Collections.unmodifiableList(entries);
    this.places = places;
  }

  /**
   * Entente's own dictionary, loaded from the files shipped in {@code entente-core}, with the
   * gazetteer ({@link Gazetteer#standard()}).
   */
  public static ActorDictionary standard() {
    return EntenteDictionaryFiles.load().withPlaces(Gazetteer.standard());
  }

  public static Builder builder(ActorVocabulary vocabulary) {
    return new Builder(vocabulary);
  }

  public ActorVocabulary vocabulary() {
    return vocabulary;
  }

  public List<ActorEntry> entries() {
    return entries;
  }

  /**
   * The cities whose names stand for their country where no entry matches ("the mayor of Nablus" →
   * PSEGOV), or {@code null} when this dictionary has none.
   */
  public Gazetteer places() {
    return places;
  }

  /** This dictionary with {@code places} as its gazetteer. */
  public ActorDictionary withPlaces(Gazetteer places) {
    return new ActorDictionary(vocabulary, index, entries, places);
  }

  /** Number of distinct phrases. */
  public int phraseCount() {
    return index.phraseCount();
  }

  /**
   * The longest phrase starting at piece {@code start}, with all its entries; {@code null} if none
   * starts there. A prefix entry ("Sino-") only matches before a hyphen.
   */
  PhraseIndex.Match<ActorEntry> longest(List<WordPiece> pieces, int start) {
    return index.longest(pieces, start, ActorDictionary::accept);
  }

  private static List<ActorEntry> accept(List<ActorEntry> values, WordPiece last) {
    List<ActorEntry> accepted = new ArrayList<>(values.size());
    for (ActorEntry entry : values) {
      if ((entry.kind() != EntryKind.PREFIX || last.hyphenAfter())
          && !(endsCapitalised(entry.phrase()) && startsLowerCase(last.text()))) {
        accepted.add(entry);
      }
    }
    return accepted;
  }

  /**
   * Whether a name written in mixed case ends in a capitalised word: "Russia Today" (a channel)
   * must not match "Russia today", nor "Islamic State" "an Islamic state", nor a name of one word
   * of at most {@link #CASED_WORD_LENGTH} letters ("Fed", "Abe") a word in lower case. Names
   * written in capitals only (PETRARCH's) say nothing about case. The last word is the last piece
   * after a hyphen too, as the text is matched piece by piece: "Moon Jae-in" ends in "in", and so
   * does the "Jae-in" of a text.
   */
  /** The longest one-word name that keeps its case: "Fed", "Abe", "Xi". */
  static final int CASED_WORD_LENGTH = 3;

  static boolean endsCapitalised(String phrase) {
    int space = phrase.lastIndexOf(' ');
    if (phrase.chars().noneMatch(Character::isLowerCase)) {
      return false;
    }
    if (space < 0) {
      // one short word: "Fed" (the Federal Reserve) must not match "fed" ("sugarcane could be fed
      // to pigs"); longer names still match the wires' all-lowercase stories ("venezuela will
      // supply ecuador")
      return phrase.length() <= CASED_WORD_LENGTH
          && Character.isUpperCase(phrase.charAt(0))
          && phrase.indexOf('-') < 0;
    }
    int last = Math.max(space, phrase.lastIndexOf('-')) + 1;
    return last < phrase.length() && Character.isUpperCase(phrase.charAt(last));
  }

  private static boolean startsLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /** Collects entries; {@link #build()} makes the immutable dictionary. */
  public static final class Builder {
    private final ActorVocabulary vocabulary;
    private final PhraseIndex<ActorEntry> index = new PhraseIndex<>();
    private final List<ActorEntry> entries = new ArrayList<>();

    private Builder(ActorVocabulary vocabulary) {
      this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
    }

    public ActorVocabulary vocabulary() {
      return vocabulary;
    }

    public Builder add(ActorEntry entry) {
      index.add(entry.keys(), entry);
      entries.add(entry);
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary(vocabulary, index, new ArrayList<>(entries), null);
    }
  }
}
