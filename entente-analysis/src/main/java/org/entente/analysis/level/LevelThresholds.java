package org.entente.analysis.level;

import java.util.Set;
import org.entente.event.Area;

/**
 * Every threshold of the relationship model, in one place. {@code docs/relationship-model.md}
 * explains each with examples; a test checks that the table below and the one in that document show
 * the values of these constants.
 *
 * <p>Shares are fractions of the dyad's factual events in both directions: a CHN–RUS window with 9
 * cooperative events out of 10 has a cooperation share of 0.9. Bounds are inclusive.
 *
 * <table>
 *   <caption>Thresholds</caption>
 *   <tr><th>constant</th><th>value</th><th>meaning</th></tr>
 *   <tr><td>{@link #MIN_EVENTS}</td><td>3</td>
 *       <td>fewer factual events in the dyad: insufficient evidence</td></tr>
 *   <tr><td>{@link #PARTNERSHIP_MIN_COOPERATION_SHARE}</td><td>0.7</td>
 *       <td>partnership (and above): at least 7 events in 10 cooperative</td></tr>
 *   <tr><td>{@link #PARTNERSHIP_MAX_MATERIAL_CONFLICT_SHARE}</td><td>0.1</td>
 *       <td>partnership (and above): at most 1 event in 10 material conflict</td></tr>
 *   <tr><td>{@link #ENTENTE_MIN_COOPERATION_SHARE}</td><td>0.9</td>
 *       <td>entente: overwhelmingly cooperative, 9 in 10</td></tr>
 *   <tr><td>{@link #ENTENTE_MAX_MATERIAL_CONFLICT_SHARE}</td><td>0.0</td>
 *       <td>entente: never against each other, no material conflict at all</td></tr>
 *   <tr><td>{@link #ENTENTE_MIN_BREADTH}</td><td>3</td>
 *       <td>entente: real cooperation in at least 3 areas</td></tr>
 *   <tr><td>{@link #RIVALRY_MAX_COOPERATION_SHARE}</td><td>0.3</td>
 *       <td>rivalry or confrontation: at most 3 events in 10 cooperative</td></tr>
 *   <tr><td>{@link #CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE}</td><td>0.3</td>
 *       <td>confrontation rather than rivalry: at least 3 events in 10 material conflict</td></tr>
 *   <tr><td>{@link #ALLIANCE_CODES}</td><td>057</td>
 *       <td>alliance: a signed formal agreement (CAMEO 057, or a sub-code) …</td></tr>
 *   <tr><td>{@link #ALLIANCE_AREAS}</td><td>military, security</td>
 *       <td>… in one of these areas: a defence pact</td></tr>
 *   <tr><td>{@link #BREADTH_MIN_MATERIAL_COOPERATION}</td><td>1</td>
 *       <td>an area has real cooperation with 1 material-cooperation event …</td></tr>
 *   <tr><td>{@link #BREADTH_MIN_VERBAL_COOPERATION}</td><td>2</td>
 *       <td>… or 2 verbal-cooperation events (and more cooperation than conflict there)</td></tr>
 *   <tr><td>{@link #ALIGNMENT_MIN_EVENTS_PER_SIDE}</td><td>2</td>
 *       <td>a third party counts for alignment when A and B each act on it this often</td></tr>
 *   <tr><td>{@link #ALIGNMENT_MIN_THIRD_PARTIES}</td><td>2</td>
 *       <td>fewer such third parties: alignment not measured</td></tr>
 *   <tr><td>{@link #ALIGNMENT_COMPATIBLE_MIN_AGREEMENT}</td><td>0.66</td>
 *       <td>compatible worldviews: the signs agree on 2 third parties in 3</td></tr>
 *   <tr><td>{@link #ALIGNMENT_OPPOSED_MAX_AGREEMENT}</td><td>0.34</td>
 *       <td>opposed: the signs agree on at most 1 third party in 3</td></tr>
 *   <tr><td>{@link #LEAD_MIN_SHARE}</td><td>0.6</td>
 *       <td>issue leadership: a share of the pair's events toward the third party (3 to 2)</td></tr>
 * </table>
 *
 * <p>The levels, in the order {@link LevelClassifier} tries them: fewer than {@code MIN_EVENTS} →
 * insufficient evidence; cooperative (partnership bounds) with a defence agreement → alliance;
 * cooperative and meeting every entente bound → entente; cooperative → partnership; cooperation at
 * most {@code RIVALRY_MAX_COOPERATION_SHARE} → confrontation with enough material conflict, else
 * rivalry; anything else → mixed.
 */
public final class LevelThresholds {

  /**
   * One event is an anecdote; two are often one story coded twice (a sanction and its expansion;
   * "Moscow and Beijing" giving one event per capital). Three is the least that lets one dissonant
   * event show. The seed op-ed alone gives CHN–RUS, USA–RUS and USA–CHN at least three each.
   */
  public static final int MIN_EVENTS = 3;

  /** Seven in ten: friction (a trade dispute) still passes; six in ten is argument: mixed. */
  public static final double PARTNERSHIP_MIN_COOPERATION_SHARE = 0.7;

  /** One deed of conflict in ten does not undo a partnership; two in ten is material strain. */
  public static final double PARTNERSHIP_MAX_MATERIAL_CONFLICT_SHARE = 0.1;

  /** "Overwhelmingly cooperative": one complaint in ten is the friction of close partners. */
  public static final double ENTENTE_MIN_COOPERATION_SHARE = 0.9;

  /** "Never against each other": not one sanction, seizure, expulsion or use of force. */
  public static final double ENTENTE_MAX_MATERIAL_CONFLICT_SHARE = 0.0;

  /** "Practical collaboration in a large number of areas": talks and trade alone are two. */
  public static final int ENTENTE_MIN_BREADTH = 3;

  /** The mirror of the partnership bound: seven events in ten conflictual. */
  public static final double RIVALRY_MAX_COOPERATION_SHARE = 0.3;

  /** Three deeds in ten (sanctions, expulsions, force) make a conflict a confrontation. */
  public static final double CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE = 0.3;

  /**
   * CAMEO has no code for a defence pact; a signed formal agreement (057) in a military or security
   * area is one. Assessments labelled "alliance" stay on the stated side.
   */
  public static final Set<String> ALLIANCE_CODES = Set.of("057");

  /** The areas in which a signed agreement ({@link #ALLIANCE_CODES}) is a defence pact. */
  public static final Set<Area> ALLIANCE_AREAS = Set.of(Area.MILITARY, Area.SECURITY);

  /** One deed (oil sold, arms delivered, an exercise held) makes an area's cooperation real. */
  public static final int BREADTH_MIN_MATERIAL_COOPERATION = 1;

  /** Words need repeating: one kind statement is not collaboration, two are a practice. */
  public static final int BREADTH_MIN_VERBAL_COOPERATION = 2;

  /** One event toward a third party is no stance; two give a mean worth comparing. */
  public static final int ALIGNMENT_MIN_EVENTS_PER_SIDE = 2;

  /** Agreement on a single third party is a coincidence; two begin to show a worldview. */
  public static final int ALIGNMENT_MIN_THIRD_PARTIES = 2;

  /** Two third parties in three (0.67 passes): compatible, "not always with each other". */
  public static final double ALIGNMENT_COMPATIBLE_MIN_AGREEMENT = 0.66;

  /** One in three or fewer (0.33 passes): they treat third parties oppositely. */
  public static final double ALIGNMENT_OPPOSED_MAX_AGREEMENT = 0.34;

  /** Leading on an issue: 3 events to 2 leads (0.6), 5 to 4 (0.56) is shared, 1 to 0 leads. */
  public static final double LEAD_MIN_SHARE = 0.6;

  /** Tolerance for comparing shares with bounds: 7/10 is 0.7. */
  static final double TOLERANCE = 1e-9;

  private LevelThresholds() {}

  /** {@code value ≥ bound}, tolerating rounding. */
  public static boolean atLeast(double value, double bound) {
    return value >= bound - TOLERANCE;
  }

  /** {@code value ≤ bound}, tolerating rounding. */
  public static boolean atMost(double value, double bound) {
    return value <= bound + TOLERANCE;
  }
}
