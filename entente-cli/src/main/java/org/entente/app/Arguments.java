package org.entente.app;

import java.time.LocalDate;
import java.util.List;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.event.Period;

/**
 * What people type, read into what the analyses take, with user errors that name the option or
 * parameter as the caller calls it ({@code --from} on the command line, {@code from} in the API):
 *
 * <pre>{@code
 * Arguments.dyad("China", "RUS", dictionary)            // Dyad CHN–RUS
 * Arguments.window("--from", "2014-01-01", "--to", null) // from 2014-01-01
 * }</pre>
 */
public final class Arguments {

  private Arguments() {}

  /** Two countries, by code or name, as a pair; the same country twice is a user error. */
  public static Dyad dyad(String a, String b, ActorDictionary dictionary) {
    String first = Countries.resolve(a, dictionary);
    String second = Countries.resolve(b, dictionary);
    try {
      return Dyad.of(first, second);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
  }

  /** Countries by code or name, as codes, in the order given. */
  public static List<String> countries(List<String> names, ActorDictionary dictionary) {
    return names.stream().map(name -> Countries.resolve(name, dictionary)).toList();
  }

  /** A window from two optional ISO dates; one that ends before it starts is a user error. */
  public static Window window(String fromName, String from, String toName, String to) {
    LocalDate first = Dates.parseOption(fromName, from, null);
    LocalDate last = Dates.parseOption(toName, to, null);
    try {
      return new Window(first, last);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
  }

  /** {@code month}, {@code quarter} or {@code year}. */
  public static Period period(String label) {
    try {
      return Period.parse(label);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
  }
}
