package org.entente.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.event.Event;
import org.entente.event.EventActor;

/**
 * Events as GDELT 2.0 event rows: the 61 tab-separated columns, blank where Entente knows nothing
 * (geography, tone), so that every GDELT tool reads {@code entente code --format gdelt}.
 * GLOBALEVENTID is a number made from the event's stable id.
 */
final class GdeltOutput {

  static final int COLUMNS = 61;

  private GdeltOutput() {}

  /** No header line: GDELT files have none. */
  static String header() {
    return "";
  }

  static String row(Event event) {
    List<String> columns = new ArrayList<>(COLUMNS);
    String day = event.date().toString().replace("-", "");
    columns.add(Long.toString(Long.parseUnsignedLong(event.id().substring(0, 15), 16)));
    columns.add(day);
    columns.add(day.substring(0, 6));
    columns.add(day.substring(0, 4));
    columns.add(
        String.format(
            java.util.Locale.ROOT,
            "%.4f",
            event.date().getYear() + (event.date().getDayOfYear() - 1) / 365.0));
    actor(columns, event.source());
    actor(columns, event.target());
    columns.add("1");
    columns.add(event.cameo());
    columns.add(event.cameo().length() > 3 ? event.cameo().substring(0, 3) : event.cameo());
    columns.add(event.root());
    columns.add(Integer.toString(event.quadClass()));
    columns.add(Double.toString(event.goldstein()));
    columns.add("1");
    columns.add("1");
    columns.add("1");
    columns.add("");
    for (int i = 0; i < 24; i++) {
      columns.add(i % 8 == 0 ? "0" : "");
    }
    columns.add(day + "000000");
    columns.add(event.url());
    return String.join("\t", columns);
  }

  private static void actor(List<String> columns, EventActor actor) {
    columns.add(actor.code());
    columns.add(clean(actor.name()).toUpperCase(java.util.Locale.ROOT));
    columns.add(actor.country() == null ? "" : actor.country());
    columns.add(
        actor.code().startsWith("IGO")
            ? actor.code().substring(3, Math.min(6, actor.code().length()))
            : "");
    columns.add("");
    columns.add("");
    columns.add("");
    columns.add(actor.agent() == null ? "" : actor.agent());
    columns.add("");
    columns.add("");
  }

  private static String clean(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
        .replace('\t', ' ')
        .replace('\n', ' ');
  }
}
