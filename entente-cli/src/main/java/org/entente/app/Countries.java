package org.entente.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.dictionary.EntryKind;

/** Country arguments: a code ({@code CHN}) or a name the dictionary knows ("China", "Russia"). */
public final class Countries {

  private Countries() {}

  public static String resolve(String argument, ActorDictionary dictionary) {
    String trimmed = argument.strip();
    String upper = trimmed.toUpperCase(Locale.ROOT);
    if (upper.length() == 3 && dictionary.vocabulary().isCountry(upper)) {
      return upper;
    }
    List<ActorMention> mentions =
        new DictionaryActorMatcher(dictionary)
            .find(List.of(trimmed.split("\\s+")), null, LocalDate.now());
    // a city ("Aleppo") stands for its country in text, but an option names a country itself
    if (mentions.size() == 1
        && mentions.get(0).code().country() != null
        && mentions.get(0).kind() != EntryKind.PLACE) {
      return mentions.get(0).code().country();
    }
    throw EntenteException.userError(
        "'%s' is not a country Entente knows; give a code such as CHN or a name such as China"
            + " (entente actor --codes lists the codes)",
        argument);
  }

  /**
   * An actor filter ({@code events}/{@code export} {@code --source}, {@code --target}): an actor
   * code or code prefix whose parts the dictionary knows ({@code RUS}, {@code RUSGOV}, {@code
   * IGOUNO}), or a country name ("China"); anything else is a user error, so a typo does not
   * silently select nothing.
   */
  public static String resolveActor(String option, String argument, ActorDictionary dictionary) {
    String upper = argument.strip().toUpperCase(Locale.ROOT);
    try {
      dictionary.vocabulary().parse(upper);
      return upper;
    } catch (IllegalArgumentException notACode) {
      try {
        return resolve(argument, dictionary);
      } catch (EntenteException notAName) {
        throw EntenteException.userError(
            "%s '%s' is neither an actor code Entente knows (%s) nor a country name; give a"
                + " code such as RUS or RUSGOV, or a name such as Russia (entente actor --codes"
                + " lists the codes)",
            option, argument, notACode.getMessage());
      }
    }
  }
}
