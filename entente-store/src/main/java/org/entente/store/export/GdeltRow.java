package org.entente.store.export;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventLocation;
import org.entente.store.EventKeys;

/**
 * One event as a GDELT 2.0 event row, the 61 tab-separated columns: the one specification of that
 * layout, used by {@code entente code --format gdelt} ({@link #ofCoded}) and by {@code entente
 * export --format gdelt} (from stored rows). Columns Entente does not keep (known group, ethnicity,
 * religion, second and third types, the actors' geographies) are blank, as is AvgTone for Entente's
 * events; tabs and line breaks inside values become spaces, so a row always has 61 columns.
 *
 * <ul>
 *   <li>GLOBALEVENTID: a GDELT row's own id; an Entente event's key ({@link EventKeys}).
 *   <li>IsRootEvent: GDELT's flag; for Entente, 1 when the event was reported in the document's
 *       first sentence (sentence 0), as the store keeps it.
 *   <li>NumMentions, NumSources, NumArticles: GDELT's counts; for a coded event not yet stored, 1.
 *   <li>ActionGeo_*: the event's location, a place of the gazetteer: Type 3 (a US city), 4 (a city
 *       elsewhere), 2 (a US state) or 5 (a first-order division or other region elsewhere),
 *       FullName the place's name, Lat and Long, FeatureID its GeoNames id (GDELT writes GNS/GNIS
 *       ids there; blank for a region of Entente's own list, which has none). CountryCode, ADM1Code
 *       and ADM2Code stay blank: GDELT writes FIPS 10-4 codes there, which Entente has no table of.
 *       All blank for an event without a location.
 *   <li>DATEADDED: {@code YYYYMMDDHHMMSS}; SOURCEURL: the event's url.
 * </ul>
 *
 * @param avgTone GDELT's AvgTone, or {@code null} (Entente's events)
 * @param dateAdded when the event was added, or {@code null} (blank)
 */
public record GdeltRow(
    long globalEventId,
    Event event,
    boolean isRootEvent,
    int numMentions,
    int numSources,
    int numArticles,
    Double avgTone,
    LocalDateTime dateAdded) {

  /** The number of columns of a GDELT 2.0 event row. */
  public static final int COLUMNS = 61;

  private static final DateTimeFormatter DATE_ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  public GdeltRow {
    requireNonNull(event, "event is null");
  }

  /** A just-coded event, seen once: its key, sentence 0 as root, one mention, source, article. */
  public static GdeltRow ofCoded(Event event, LocalDateTime dateAdded) {
    return new GdeltRow(
        EventKeys.of(event), event, event.sentence() == 0, 1, 1, 1, null, dateAdded);
  }

  /** The 61 columns, in GDELT's order. */
  public List<String> fields() {
    List<String> columns = new ArrayList<>(COLUMNS);
    LocalDate date = event.date();
    String day =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d",
            date.getYear(),
            date.getMonthValue(),
            date.getDayOfMonth());
    columns.add(Long.toString(globalEventId));
    columns.add(day);
    columns.add(day.substring(0, 6));
    columns.add(Integer.toString(date.getYear()));
    // GDELT's own approximation of the fraction of the year
    columns.add(
        String.format(
            Locale.ROOT,
            "%.4f",
            date.getYear() + ((date.getMonthValue() - 1) * 30 + date.getDayOfMonth()) / 365.0));
    actor(columns, event.source());
    actor(columns, event.target());
    columns.add(isRootEvent ? "1" : "0");
    columns.add(event.cameo().code());
    columns.add(event.cameo().base());
    columns.add(event.root());
    columns.add(Integer.toString(event.quadClass().number()));
    columns.add(Double.toString(event.goldstein()));
    columns.add(Integer.toString(numMentions));
    columns.add(Integer.toString(numSources));
    columns.add(Integer.toString(numArticles));
    columns.add(avgTone == null ? "" : Double.toString(avgTone));
    columns.addAll(Collections.nCopies(2 * 8, ""));
    actionGeo(columns, event.location());
    columns.add(dateAdded == null ? "" : dateAdded.format(DATE_ADDED));
    columns.add(clean(event.url()));
    return columns;
  }

  /** The row as one line, without the line break. */
  public String line() {
    return String.join("\t", fields());
  }

  private static void actor(List<String> columns, EventActor actor) {
    columns.add(clean(actor.code()));
    columns.add(clean(actor.isResolved() ? actor.name() : actor.text()));
    columns.add(clean(actor.country()));
    columns.addAll(Collections.nCopies(4, ""));
    columns.add(clean(actor.agent()));
    columns.addAll(Collections.nCopies(2, ""));
  }

  /**
   * GDELT's geography types: a US state, a city in the United States, a city elsewhere, a
   * first-order division (or other region) elsewhere.
   */
  static final int US_STATE = 2;

  static final int US_CITY = 3;

  static final int WORLD_CITY = 4;

  static final int WORLD_STATE = 5;

  /** The GDELT geography type of a location, by its country and its GeoNames feature code. */
  static int geoType(EventLocation location) {
    boolean us = location.iso2().equals("US");
    if (org.entente.place.Place.REGION_KINDS.contains(location.kind())) {
      return us ? US_STATE : WORLD_STATE;
    }
    return us ? US_CITY : WORLD_CITY;
  }

  private static void actionGeo(List<String> columns, EventLocation location) {
    if (location == null) {
      columns.addAll(Collections.nCopies(8, ""));
      return;
    }
    columns.add(Integer.toString(geoType(location)));
    columns.add(clean(location.name()));
    columns.addAll(Collections.nCopies(3, "")); // FIPS country, ADM1, ADM2
    columns.add(coordinate(location.latitude()));
    columns.add(coordinate(location.longitude()));
    // a region of news-regions.tsv has no GeoNames id
    columns.add(location.geonamesId() > 0 ? Long.toString(location.geonamesId()) : "");
  }

  private static String coordinate(double degrees) {
    return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
  }

  private static String clean(String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }
}
