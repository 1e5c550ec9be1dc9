package org.entente.analysis.level;

import java.util.List;
import java.util.Set;
import org.entente.event.Area;

/**
 * Every threshold of the relationship model, and the calibration they come from, in one place.
 * {@code docs/relationship-model.md} explains each; {@code ThresholdsDocumentedTest} checks that
 * the table below and the one in that document show the values of these constants, and {@code
 * IcewsCalibrationTest} recomputes the reference percentiles from the ICEWS file and checks them
 * and the thresholds drawn from them.
 *
 * <p><b>Method.</b> The reference is every unordered pair of countries in every year 2002–2014 of
 * the ICEWS dyad-year file with at least {@link #REFERENCE_MIN_EVENTS} events ({@link
 * #REFERENCE_PAIR_YEARS} pair-years). For each, the conflict share (verbal + material conflict over
 * all events) and the material-conflict share; their percentiles (nearest rank, 5th to 95th) are
 * {@link #REFERENCE_CONFLICT_SHARE_PERCENTILES} and {@link
 * #REFERENCE_MATERIAL_CONFLICT_SHARE_PERCENTILES}. Each level bound is one of those percentiles,
 * rounded to three decimals: a level says where the pair's mix stands among real pairs, so a pair
 * is a partnership when it is at least as peaceful as six real pair-years in ten, whatever the
 * volume of the source. Shares are ratios, so the same bounds serve ICEWS, GDELT files and our own
 * coder; what differs between sources, how many events back a share, is what the Wilson interval
 * and the confidence measure.
 *
 * <table>
 *   <caption>Thresholds</caption>
 *   <tr><th>constant</th><th>value</th><th>meaning</th></tr>
 *   <tr><td>{@link #MIN_EVENTS}</td><td>3</td>
 *       <td>fewer counted events in the dyad: insufficient evidence</td></tr>
 *   <tr><td>{@link #REFERENCE_MIN_EVENTS}</td><td>30</td>
 *       <td>a reference pair-year needs this many events</td></tr>
 *   <tr><td>{@link #REFERENCE_PAIR_YEARS}</td><td>22181</td>
 *       <td>pair-years in the reference</td></tr>
 *   <tr><td>{@link #REFERENCE_CONFLICT_SHARE_PERCENTILES}</td><td>0.0, 0.0, 0.0, 0.0, 0.0083,
 *       0.0154, 0.0215, 0.0282, 0.0355, 0.0455, 0.0571, 0.069, 0.0855, 0.1042, 0.1277, 0.1583,
 *       0.2, 0.2617, 0.3663</td>
 *       <td>conflict share at the 5th, 10th … 95th percentile of the reference</td></tr>
 *   <tr><td>{@link #REFERENCE_MATERIAL_CONFLICT_SHARE_PERCENTILES}</td><td>0.0, 0.0, 0.0, 0.0,
 *       0.0, 0.0, 0.0, 0.0072, 0.0122, 0.0174, 0.0227, 0.029, 0.0361, 0.0476, 0.0602, 0.0783,
 *       0.104, 0.1455, 0.2286</td>
 *       <td>material-conflict share at the same percentiles</td></tr>
 *   <tr><td>{@link #ENTENTE_CONFLICT_PERCENTILE}</td><td>40</td>
 *       <td>entente: among the 40 % least conflictual pair-years …</td></tr>
 *   <tr><td>{@link #ENTENTE_MAX_CONFLICT_SHARE}</td><td>0.028</td>
 *       <td>… a conflict share at most this</td></tr>
 *   <tr><td>{@link #ENTENTE_MIN_BREADTH}</td><td>3</td>
 *       <td>entente: real cooperation in at least 3 areas (when areas are coded)</td></tr>
 *   <tr><td>{@link #PARTNERSHIP_CONFLICT_PERCENTILE}</td><td>60</td>
 *       <td>partnership: among the 60 % least conflictual …</td></tr>
 *   <tr><td>{@link #PARTNERSHIP_MAX_CONFLICT_SHARE}</td><td>0.069</td>
 *       <td>… a conflict share at most this</td></tr>
 *   <tr><td>{@link #RIVALRY_CONFLICT_PERCENTILE}</td><td>85</td>
 *       <td>rivalry or confrontation: among the 15 % most conflictual …</td></tr>
 *   <tr><td>{@link #RIVALRY_MIN_CONFLICT_SHARE}</td><td>0.2</td>
 *       <td>… a conflict share at least this</td></tr>
 *   <tr><td>{@link #CONFRONTATION_MATERIAL_CONFLICT_PERCENTILE}</td><td>85</td>
 *       <td>confrontation: also among the 15 % with most material conflict …</td></tr>
 *   <tr><td>{@link #CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE}</td><td>0.104</td>
 *       <td>… a material-conflict share at least this</td></tr>
 *   <tr><td>{@link #INTERVAL_Z}</td><td>1.96</td>
 *       <td>Wilson intervals of the shares at 95 %</td></tr>
 *   <tr><td>{@link #CONFIDENT_MIN_EVENTS}</td><td>30</td>
 *       <td>a level is stated without "leaning" only from this many events, and when the
 *       intervals stay inside its band</td></tr>
 *   <tr><td>{@link #PACT_CODES}</td><td>057</td>
 *       <td>a news event adds a defence pact only if it signs a formal agreement …</td></tr>
 *   <tr><td>{@link #PACT_AREAS}</td><td>military, security</td>
 *       <td>… in one of these areas, and its sentence names a defence pact</td></tr>
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
 * <p>The levels, in the order {@link LevelClassifier} tries them: a defence treaty in force at the
 * end of the window → alliance (the events then say how it is doing); fewer than {@code MIN_EVENTS}
 * → insufficient evidence; conflict share within the partnership bound → entente if also within the
 * entente bound, broad and aligned, else partnership; at least the rivalry bound → confrontation
 * with enough material conflict, else rivalry; otherwise mixed.
 */
public final class LevelThresholds {

  /**
   * One event is an anecdote; two are often one story coded twice (a sanction and its expansion;
   * "Moscow and Beijing" giving one event per capital). Three is the least that lets one dissonant
   * event show. The seed op-ed alone gives CHN–RUS, USA–RUS and USA–CHN at least three each.
   */
  public static final int MIN_EVENTS = 3;

  /** Below 30 events one event moves a pair-year's share by more than three points: noise. */
  public static final int REFERENCE_MIN_EVENTS = 30;

  /** Unordered pairs × years 2002–2014 in the ICEWS file with {@link #REFERENCE_MIN_EVENTS}. */
  public static final int REFERENCE_PAIR_YEARS = 22181;

  /** The reference conflict share at the 5th, 10th, … 95th percentile (nearest rank). */
  public static final List<Double> REFERENCE_CONFLICT_SHARE_PERCENTILES =
      List.of(
          0.0, 0.0, 0.0, 0.0, 0.0083, 0.0154, 0.0215, 0.0282, 0.0355, 0.0455, 0.0571, 0.069, 0.0855,
          0.1042, 0.1277, 0.1583, 0.2, 0.2617, 0.3663);

  /** The reference material-conflict share at the 5th, 10th, … 95th percentile. */
  public static final List<Double> REFERENCE_MATERIAL_CONFLICT_SHARE_PERCENTILES =
      List.of(
          0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0072, 0.0122, 0.0174, 0.0227, 0.029, 0.0361, 0.0476,
          0.0602, 0.0783, 0.104, 0.1455, 0.2286);

  /** Entente: in the calmest 40 % of real pair-years (China–Russia is at 0.01–0.02 every year). */
  public static final int ENTENTE_CONFLICT_PERCENTILE = 40;

  /** The 40th percentile of the reference conflict share. */
  public static final double ENTENTE_MAX_CONFLICT_SHARE = 0.028;

  /** "Practical collaboration in a large number of areas": talks and trade alone are two. */
  public static final int ENTENTE_MIN_BREADTH = 3;

  /** Partnership: calmer than six real pair-years in ten; the median pair-year is at 0.046. */
  public static final int PARTNERSHIP_CONFLICT_PERCENTILE = 60;

  /** The 60th percentile of the reference conflict share. */
  public static final double PARTNERSHIP_MAX_CONFLICT_SHARE = 0.069;

  /** Rivalry: among the 15 % most conflictual pair-years (USA–Iran, India–Pakistan in crisis). */
  public static final int RIVALRY_CONFLICT_PERCENTILE = 85;

  /** The 85th percentile of the reference conflict share. */
  public static final double RIVALRY_MIN_CONFLICT_SHARE = 0.2;

  /** Confrontation: deeds too, among the 15 % with most material conflict. */
  public static final int CONFRONTATION_MATERIAL_CONFLICT_PERCENTILE = 85;

  /** The 85th percentile of the reference material-conflict share. */
  public static final double CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE = 0.104;

  /** 95 % Wilson intervals: the usual reading of "the data are consistent with". */
  public static final double INTERVAL_Z = 1.96;

  /** Thirty events: the size of a reference pair-year; fewer and a level is only a lean. */
  public static final int CONFIDENT_MIN_EVENTS = 30;

  /**
   * CAMEO has no code for a defence pact: a news event adds one only when it signs a formal
   * agreement (057) in a military or security area and its sentence names a defence pact.
   */
  public static final Set<String> PACT_CODES = Set.of("057");

  /** The areas in which a signed agreement ({@link #PACT_CODES}) can be a defence pact. */
  public static final Set<Area> PACT_AREAS = Set.of(Area.MILITARY, Area.SECURITY);

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
