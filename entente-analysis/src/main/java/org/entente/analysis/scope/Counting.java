package org.entente.analysis.scope;

import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.event.Event;
import org.entente.event.Modality;

/**
 * Which events count as acts. Wire news reports nearly everything through someone ("Washington said
 * four American frigates shelled…"): a report of a fact is evidence; a claim is not yet.
 *
 * <ul>
 *   <li>{@link Status#FACTUAL}: told as fact, not negated → counted;
 *   <li>{@link Status#REPORTED}: told through a source ("officials said", "according to") →
 *       counted, and shown apart ("12 events, 3 of them reported");
 *   <li>{@link Status#CLAIMED}: reported, and the sentence marks it as a claim or allegation
 *       ("alleged", "claimed", "accused … of", "unconfirmed") → not counted, shown as context;
 *   <li>{@link Status#NOT_AN_ACT}: negated, future or hypothetical → never counted, shown as
 *       context.
 * </ul>
 *
 * <p>The coder marks reported speech but not yet who reports; until it does, the claim cue is read
 * from the sentence.
 */
public final class Counting {

  /** How an event stands as evidence of an act. */
  public enum Status {
    FACTUAL,
    REPORTED,
    CLAIMED,
    NOT_AN_ACT;

    public boolean counts() {
      return switch (this) {
        case FACTUAL, REPORTED -> true;
        case CLAIMED, NOT_AN_ACT -> false;
      };
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * What marks a reported sentence, in lower case, as a claim: a regular expression that reads the
   * same in Java and in RE2 (DuckDB's {@code regexp_matches}), so a store can apply it too.
   */
  public static final String CLAIM_CUE =
      "\\b(alleg\\w*|claim(s|ed|ing)?|purported\\w*|unconfirmed|unverified|rumou?r\\w*"
          + "|accus\\w*)\\b";

  private static final Pattern CLAIM = Pattern.compile(CLAIM_CUE);

  private Counting() {}

  public static Status of(Event event) {
    return of(
        event.negated(),
        event.modality(),
        event.modality() == Modality.REPORTED
            && CLAIM.matcher(event.text().toLowerCase(Locale.ROOT)).find());
  }

  /**
   * The status of an event known by its flags: negated, its modality, and whether its sentence
   * carries the claim cue ({@link #CLAIM_CUE}) — what a store tallies instead of the event.
   */
  public static Status of(boolean negated, Modality modality, boolean claimCue) {
    if (negated) {
      return Status.NOT_AN_ACT;
    }
    return switch (modality) {
      case FACTUAL -> Status.FACTUAL;
      case FUTURE, HYPOTHETICAL -> Status.NOT_AN_ACT;
      case REPORTED -> claimCue ? Status.CLAIMED : Status.REPORTED;
    };
  }

  public static boolean counts(Event event) {
    return of(event).counts();
  }
}
