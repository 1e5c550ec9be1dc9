package org.entente.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whose a place was on a date. The gazetteer gives each place the country it lies in today; before
 * a state's independence its places were its predecessor's, coded as CAMEO folds historical states
 * (the Soviet Union is RUS, Yugoslavia SRB, Czechoslovakia CZE): Juba was Sudan's before 9 July
 * 2011, Kiev the Soviet Union's in 1987, Zagreb Yugoslavia's. Facts: the dates the successor states
 * became independent (or, for East Timor, left Indonesian rule).
 */
public final class Sovereignty {

  /** A state and the one its places belonged to before {@code since}. */
  public record Succession(String country, String predecessor, LocalDate since) {}

  /** The successions, one per successor state. */
  public static final List<Succession> SUCCESSIONS =
      List.of(
          new Succession("SSD", "SDN", LocalDate.of(2011, 7, 9)),
          new Succession("XKX", "SRB", LocalDate.of(2008, 2, 17)),
          new Succession("MNE", "SRB", LocalDate.of(2006, 6, 3)),
          new Succession("TLS", "IDN", LocalDate.of(1999, 10, 25)),
          new Succession("ERI", "ETH", LocalDate.of(1993, 5, 24)),
          new Succession("SVK", "CZE", LocalDate.of(1993, 1, 1)),
          new Succession("BIH", "SRB", LocalDate.of(1992, 3, 3)),
          new Succession("MKD", "SRB", LocalDate.of(1991, 9, 8)),
          new Succession("HRV", "SRB", LocalDate.of(1991, 6, 25)),
          new Succession("SVN", "SRB", LocalDate.of(1991, 6, 25)),
          new Succession("EST", "RUS", LocalDate.of(1991, 9, 6)),
          new Succession("LVA", "RUS", LocalDate.of(1991, 9, 6)),
          new Succession("LTU", "RUS", LocalDate.of(1991, 9, 6)),
          new Succession("UKR", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("BLR", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("MDA", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("GEO", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("ARM", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("AZE", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("KAZ", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("UZB", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("TKM", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("KGZ", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("TJK", "RUS", LocalDate.of(1991, 12, 26)),
          new Succession("NAM", "ZAF", LocalDate.of(1990, 3, 21)));

  private static final Map<String, Succession> BY_COUNTRY =
      SUCCESSIONS.stream().collect(Collectors.toMap(Succession::country, Function.identity()));

  private Sovereignty() {}

  /**
   * The country a place of {@code country} (today's) belonged to on {@code date}, followed back
   * through several successions (Pristina: Kosovo, Serbia).
   */
  public static String on(String country, LocalDate date) {
    String held = country;
    Succession succession = BY_COUNTRY.get(held);
    while (succession != null && date.isBefore(succession.since())) {
      held = succession.predecessor();
      succession = BY_COUNTRY.get(held);
    }
    return held;
  }
}
