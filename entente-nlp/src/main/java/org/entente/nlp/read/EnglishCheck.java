package org.entente.nlp.read;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap test that a text is English, so that the parser and the English dictionaries are not run
 * on French or Russian news. Two signs, each a named threshold:
 *
 * <ul>
 *   <li>mostly letters of another script: "Путин прибыл в Пекин на переговоры с Си Цзиньпином"
 *       (Cyrillic) is rejected;
 *   <li>few English function words ({@code the, of, and, to, is, ...}: under {@link
 *       #MIN_ENGLISH_SHARE} of the words) where function words of French, German, Spanish, Italian,
 *       Portuguese or Dutch are common ({@link #MIN_OTHER_LANGUAGE_SHARE} or more): "La Chine et la
 *       Russie ont renforcé leur coopération ..." has none of the first and 39% of the second.
 *       English news has 30–50% of the first.
 * </ul>
 *
 * A text under {@link #MIN_WORDS_TO_JUDGE} words is too short to judge by words and passes ("Xi,
 * Putin sign gas deal in Moscow"); tables of figures pass too ("Shr 56 cts vs 68 cts / Net
 * 8,327,000 vs 9,738,000"), having neither English nor other function words. Languages in Latin
 * script other than the six above are not recognised.
 */
final class EnglishCheck {
  /** Below this share of English function words, a text may be in another language. */
  static final double MIN_ENGLISH_SHARE = 0.15;

  /** At or above this share of other languages' function words, it is. */
  static final double MIN_OTHER_LANGUAGE_SHARE = 0.10;

  /** Texts with fewer words are not judged by words. */
  static final int MIN_WORDS_TO_JUDGE = 20;

  /** Texts with fewer letters are not judged by script. */
  static final int MIN_LETTERS_TO_JUDGE = 20;

  /** How many words from the start of the text are looked at. */
  static final int MAX_WORDS_SAMPLED = 2_000;

  private static final Set<String> ENGLISH =
      words(
          "the of and a an to in is are was were be been being that this these those it"
              + " its for on with as at by from has have had not but or which who whom whose"
              + " will would can could should may might must shall their they them he she his"
              + " her him we our us you your i my there than then also if so such into about"
              + " after before over under between against during while what when where why how"
              + " all any some no more most other only very up out said do does did both each"
              + " because through since until upon");

  /** French, German, Spanish, Italian, Portuguese and Dutch function words that are not English. */
  private static final Set<String> OTHER =
      words(
          "le la les des du et est une un dans pour que qui sur par pas au aux avec ce"
              + " cette sont ont été mais ou leur plus selon entre der die das und ist nicht mit"
              + " dem ein eine einer auf für von zu im sich auch sind wird werden nach bei aus"
              + " wie oder über el los las del y en es por para una se su sus al lo como pero"
              + " más fue ha han sobre il di che e della delle dei degli nel nella non sono è"
              + " gli da anche os em não com uma são pelo pela het een van niet op voor zijn dat"
              + " worden wordt ook naar bij");

  /** Why {@code text} does not look like English, or empty when it does or is too short to tell. */
  Optional<String> whyNotEnglish(String text) {
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    int words = 0;
    int english = 0;
    int other = 0;
    int i = 0;
    while (i < text.length() && words < MAX_WORDS_SAMPLED) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
        int letter = text.codePointAt(i);
        scripts.merge(UnicodeScript.of(letter), 1, Integer::sum);
        letters++;
        i += Character.charCount(letter);
      }
      if (i > start) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        words++;
        english += ENGLISH.contains(word) ? 1 : 0;
        other += OTHER.contains(word) ? 1 : 0;
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
    if (letters >= MIN_LETTERS_TO_JUDGE && 2 * latin < letters) {
      UnicodeScript main =
          scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return Optional.of(
          String.format(
              Locale.ROOT,
              "not English: %d%% of its letters are %s; Entente codes English text only",
              100 * scripts.get(main) / letters,
              title(main.name())));
    }
    if (words < MIN_WORDS_TO_JUDGE) {
      return Optional.empty();
    }
    double englishShare = (double) english / words;
    double otherShare = (double) other / words;
    if (englishShare < MIN_ENGLISH_SHARE && otherShare >= MIN_OTHER_LANGUAGE_SHARE) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "not English: %.0f%% of its words are English function words (the, of, and...),"
                  + " %.0f%% French, German, Spanish, Italian, Portuguese or Dutch ones; Entente"
                  + " codes English text only",
              100 * englishShare,
              100 * otherShare));
    }
    return Optional.empty();
  }

  private static String title(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}
