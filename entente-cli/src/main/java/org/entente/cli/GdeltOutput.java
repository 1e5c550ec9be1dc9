package org.entente.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.store.EventKeys;

/**
 * Events as GDELT 2.0 event rows, the 61 tab-separated columns, for {@code entente code --format
 * gdelt}: the same layout as {@code entente export --format gdelt} (the store's {@code
 * GdeltExportSql}), with the same GLOBALEVENTID ({@link EventKeys}), so that a coded file and an
 * export of the same events agree. Columns Entente does not know (groups, ethnicity, religion,
 * geography, tone) are blank; an event seen once has one mention, source and article.
 */
final class GdeltOutput {

  static final int COLUMNS = 61;

  private GdeltOutput() {}

  static String row(Event event, String dateAdded) {
    List<String> columns = new ArrayList<>(COLUMNS);
    var date = event.date();
    String day = date.toString().replace("-", "");
    columns.add(Long.toString(EventKeys.of(event)));
    columns.add(day);
    columns.add(day.substring(0, 6));
    columns.add(day.substring(0, 4));
    // GDELT's own approximation of the fraction of the year
    columns.add(
        String.format(
            Locale.ROOT,
            "%.4f",
            date.getYear() + ((date.getMonthValue() - 1) * 30 + date.getDayOfMonth()) / 365.0));
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
    columns.addAll(Collections.nCopies(3 * 8, ""));
    columns.add(dateAdded);
    columns.add(clean(event.url()));
    return String.join("\t", columns);
  }

  private static void actor(List<String> columns, EventActor actor) {
    columns.add(clean(actor.code()));
    columns.add(clean(actor.isResolved() ? actor.name() : actor.text()));
    columns.add(actor.country() == null ? "" : actor.country());
    columns.addAll(Collections.nCopies(4, ""));
    columns.add(actor.agent() == null ? "" : actor.agent());
    columns.addAll(Collections.nCopies(2, ""));
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }
}
