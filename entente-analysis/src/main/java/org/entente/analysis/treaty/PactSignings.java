package org.entente.analysis.treaty;

import static org.entente.analysis.level.LevelThresholds.PACT_AREAS;
import static org.entente.analysis.level.LevelThresholds.PACT_CODES;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.event.Event;

/**
 * The news events that sign a new defence pact — the only way an event can make an alliance. All
 * of: factual (not reported, future, hypothetical) and not negated; a signed formal agreement
 * ({@link org.entente.analysis.level.LevelThresholds#PACT_CODES}) in a military or security area; a
 * sentence that names a defence pact ("mutual defence treaty", "security treaty", "military
 * alliance") and no arms deal, arms control or trade.
 *
 * <p>"Japan and the United States signed a security treaty" is one. "A staunch critic of
 * U.S.-Soviet arms control agreements", "a contract for 24 Su-35 fighters", "Russia and China
 * signed a gas deal" and "there is no need for a military alliance" are not.
 */
public final class PactSignings {

  private static final Pattern PACT =
      Pattern.compile(
          "\\b(mutual[- ]defen[cs]e|mutual[- ]assistance|defen[cs]e)\\s+(pact|treaty|agreement|alliance)\\b"
              + "|\\b(security|alliance)\\s+treaty\\b|\\bmilitary\\s+alliance\\b");

  private static final Pattern NOT_A_PACT =
      Pattern.compile(
          "\\b(arms[- ]control|disarmament|non-?proliferation|arms (sale|deal|purchase|contract)s?"
              + "|weapons? (sale|deal|purchase|contract)s?|fighters?|jets?|missiles?|nuclear"
              + "|trade|tariffs?|gas|oil|non-?aggression)\\b");

  private PactSignings() {}

  public static boolean isSigning(Event event) {
    if (!event.isFactual()) {
      return false;
    }
    if (!PACT_AREAS.contains(event.area())
        || PACT_CODES.stream().noneMatch(event.cameo().code()::startsWith)) {
      return false;
    }
    String text = event.text().toLowerCase(Locale.ROOT);
    return PACT.matcher(text).find() && !NOT_A_PACT.matcher(text).find();
  }

  /** The signings among {@code events}, in their order. */
  public static List<Event> in(Collection<Event> events) {
    return events.stream().filter(PactSignings::isSigning).toList();
  }

  /** The commitment a signing starts: from its date, with the sentence as source. */
  public static DefenceCommitment commitment(Event signing) {
    return new DefenceCommitment(
        new DefenceTreaty(
            "news:" + signing.id(),
            "defence pact signed (news, " + signing.docId() + ")",
            signing.text()),
        signing.date(),
        null);
  }
}
