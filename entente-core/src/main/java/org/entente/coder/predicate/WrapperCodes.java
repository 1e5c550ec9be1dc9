package org.entente.coder.predicate;

import java.util.Set;
import org.entente.coder.lexicon.WrapperKind;

/**
 * The code a wrapper verb makes of the event it embeds. "Russia vowed to sell gas to China": sell
 * gas (061) under "vow" (intent) is 0311, intent to cooperate economically. Codes follow the CAMEO
 * codebook's parallel branches: intents (03), appeals (02), demands (10), rejections (12), threats
 * (13).
 */
public final class WrapperCodes {

  private WrapperCodes() {}

  /** The wrapped code, or {@code embedded} when the wrapper keeps it (future, reported, …). */
  public static String wrap(WrapperKind kind, String embedded, String fallback) {
    int root = Integer.parseInt(embedded.substring(0, 2));
    String base = embedded.length() >= 3 ? embedded.substring(0, 3) : embedded + "0";
    return switch (kind) {
      case FUTURE, REPORTED, HYPOTHETICAL -> embedded;
      // "Lyng plans to ask Japan to open its market": a planned appeal or demand is one, told in
      // the future, as "will press Japan" is
      case INTENT ->
          root <= 2 || root == 10 ? embedded : root <= 8 ? intent(root, base) : threat(root, base);
      case THREAT -> threat(root, base);
      case REFUSAL -> root == 12 ? "130" : refusal(root, base); // "refused to rule out" threatens
      case APPEAL -> fallback.startsWith("10") ? demand(root, embedded) : appeal(root, base);
    };
  }

  /**
   * The code of an act told in the future, as CAMEO codes it: an announced cooperative act is an
   * intent ("Finland will give Tanzania a grant" → 033), an announced act of force a threat ("will
   * attack" → 138), a cooperative act announced as not to be done a refusal ("Syria will not accept
   * more refugees" → 12x). Intents, threats and refusals keep their code; other conflict and a
   * negated act of force ("will never attack") keep theirs too, with future modality.
   */
  public static String future(String code, boolean negated) {
    int root = Integer.parseInt(code.substring(0, 2));
    String base = code.length() >= 3 ? code.substring(0, 3) : code + "0";
    if (root >= 3 && root <= 8 && negated) {
      return refusal(root, base); // "Iran will not accept the plan"
    }
    // a statement or appeal announced as not to be made refuses no one: "Lyng will not ask Tokyo
    // to liberalise fully" is no rejection of Japan; it keeps its code, negated
    if (root <= 3 || root == 12 || root == 13) {
      return code; // statements and appeals are made when announced: "will press Japan" is 02
    }
    if (root <= 8) {
      return intent(root, base);
    }
    if (root >= 15 && !negated) {
      return threat(root, base);
    }
    return code;
  }

  /**
   * Verbs that end what their gerund names: "Egypt stopped repaying Moscow", "suspended buying U.S.
   * grain". The act is no longer done, so the event is its reduction (16x) or, for force, its
   * de-escalation (087).
   */
  public static final Set<String> HALTING_VERBS =
      Set.of("stop", "halt", "cease", "suspend", "quit", "discontinue");

  /**
   * The code of a cooperative or forceful act told as ended ({@link #HALTING_VERBS}), or null when
   * ending it is no event ("stopped criticising"): talks halted are 164, diplomatic cooperation
   * reduced 161, aid stopped 162, other material cooperation reduced 160, force halted 087.
   */
  public static String halted(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return switch (root) {
      case 4 -> "164";
      case 5 -> "161";
      case 6 -> "160";
      case 7 -> "162";
      case 15, 18, 19, 20 -> "087";
      default -> null;
    };
  }

  /** Whether a code is a rejection or refusal (12x). */
  public static boolean refusal(String code) {
    return code.startsWith("12");
  }

  private static String intent(int root, String base) {
    return switch (base) {
      case "061" -> "0311";
      case "062" -> "0312";
      case "063" -> "0313";
      case "064" -> "0314";
      case "057" -> "030";
      // "Brazil offered to mediate between Russia and Ukraine": intent to mediate, not to meet
      case "045" -> "039";
      default ->
          switch (root) {
            case 1, 2, 3 -> "030";
            case 4 -> "036";
            case 5 -> "032";
            case 6 -> "031";
            case 7 -> "033";
            case 8 -> "035";
            default -> "030";
          };
    };
  }

  private static String threat(int root, String base) {
    return switch (root) {
      case 16 -> base.equals("161") ? "1313" : "1312";
      case 15, 18, 19, 20 -> "138";
      case 17 -> "131";
      default -> "130";
    };
  }

  private static String refusal(int root, String base) {
    return switch (root) {
      case 4 -> "125";
      case 5 -> base.equals("057") ? "127" : "120";
      case 6 -> "121";
      case 7 -> "122";
      case 8 -> "124";
      default -> "120";
    };
  }

  private static String appeal(int root, String base) {
    return switch (base) {
      case "061" -> "0211";
      case "062" -> "0212";
      case "063" -> "0213";
      case "064" -> "0214";
      default ->
          switch (root) {
            case 4 -> "026";
            case 5 -> "022";
            case 6 -> "021";
            case 7 -> "023";
            case 8 -> "025";
            default -> "020";
          };
    };
  }

  private static String demand(int root, String embedded) {
    String base = embedded.length() >= 3 ? embedded.substring(0, 3) : embedded + "0";
    return switch (base) {
      case "061" -> "1011";
      case "062" -> "1012";
      case "063" -> "1013";
      case "064" -> "1014";
      default ->
          switch (root) {
            case 4 -> "108";
            case 7 -> "103";
            case 8 -> embedded.startsWith("0874") ? "106" : base.equals("087") ? "107" : "105";
            default -> "100";
          };
    };
  }
}
