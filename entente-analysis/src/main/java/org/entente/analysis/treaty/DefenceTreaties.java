package org.entente.analysis.treaty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.core.Tsv;

/**
 * The dated table of formal defence commitments ({@code treaties.tsv}, {@code treaty-members.tsv}):
 * who is whose ally on which day. USA–JPN on 2014-06-30 → the 1960 security treaty; USA–RUS on any
 * date → none; RUS–PRK on 2025-01-01 → the 2024 treaty; RUS–POL on 1987-06-30 → the Warsaw Pact.
 *
 * <p>Loaded once, validated on load ({@code treaty-members.tsv:12: unknown treaty 'NATOX'}), and
 * passed in.
 */
public final class DefenceTreaties {

  /** One country's membership of one treaty. */
  record Membership(DefenceTreaty treaty, String country, LocalDate from, LocalDate to) {}

  private final Map<String, DefenceTreaty> treaties;
  private final List<Membership> memberships;

  private DefenceTreaties(Map<String, DefenceTreaty> treaties, List<Membership> memberships) {
    this.treaties = Map.copyOf(treaties);
    this.memberships = List.copyOf(memberships);
  }

  /** No treaties: every level comes from events alone. */
  public static DefenceTreaties none() {
    return new DefenceTreaties(Map.of(), List.of());
  }

  /** The table bundled with Entente. */
  public static DefenceTreaties standard() {
    return of(
        Tsv.readResource(DefenceTreaties.class, "treaties.tsv"),
        Tsv.readResource(DefenceTreaties.class, "treaty-members.tsv"));
  }

  static DefenceTreaties of(List<Tsv.Row> treatyRows, List<Tsv.Row> memberRows) {
    Map<String, DefenceTreaty> treaties = new LinkedHashMap<>();
    for (Tsv.Row row : treatyRows) {
      row.requireFields(3, 3);
      DefenceTreaty treaty = new DefenceTreaty(row.field(0), row.field(1), row.field(2));
      if (treaties.putIfAbsent(treaty.id(), treaty) != null) {
        throw row.error("treaty '%s' is listed twice", treaty.id());
      }
    }
    List<Membership> memberships = new ArrayList<>();
    for (Tsv.Row row : memberRows) {
      row.requireFields(3, 4);
      DefenceTreaty treaty = treaties.get(row.field(0));
      if (treaty == null) {
        throw row.error("unknown treaty '%s' (add it to treaties.tsv first)", row.field(0));
      }
      String country = row.field(1);
      if (!country.matches("[A-Z]{3}")) {
        throw row.error("'%s' is not a 3-letter CAMEO country code", country);
      }
      LocalDate from = date(row, row.field(2), true);
      LocalDate to = row.field(3).isEmpty() ? null : date(row, row.field(3), false);
      if (to != null && to.isBefore(from)) {
        throw row.error("%s leaves %s (%s) before joining (%s)", country, treaty.id(), to, from);
      }
      memberships.add(new Membership(treaty, country, from, to));
    }
    return new DefenceTreaties(treaties, memberships);
  }

  /** {@code 1993} is 1 January as a start and 31 December as an end; else an ISO day. */
  private static LocalDate date(Tsv.Row row, String text, boolean start) {
    try {
      if (text.matches("\\d{4}")) {
        int year = Integer.parseInt(text);
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error(
          "'%s' is not a date (write 1960-01-19, or 1993 when only the year is known)", text);
    }
  }

  /** Every commitment binding {@code a} and {@code b}, in the table's order, whatever its dates. */
  public List<DefenceCommitment> between(String a, String b) {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    List<DefenceCommitment> found = new ArrayList<>();
    for (Membership first : memberships) {
      if (!first.country().equals(a)) {
        continue;
      }
      for (Membership second : memberships) {
        if (second.country().equals(b) && second.treaty().equals(first.treaty())) {
          LocalDate from = first.from().isAfter(second.from()) ? first.from() : second.from();
          LocalDate to = earlier(first.to(), second.to());
          if (to == null || !to.isBefore(from)) {
            found.add(new DefenceCommitment(first.treaty(), from, to));
          }
        }
      }
    }
    found.sort(Comparator.comparing(DefenceCommitment::from));
    return found;
  }

  /** The commitments binding {@code a} and {@code b} on {@code date}. */
  public List<DefenceCommitment> inForce(String a, String b, LocalDate date) {
    return between(a, b).stream().filter(c -> c.inForceOn(date)).toList();
  }

  public List<DefenceTreaty> treaties() {
    return List.copyOf(treaties.values());
  }

  /** The countries ever bound by {@code treatyId}. */
  public List<String> members(String treatyId) {
    return memberships.stream()
        .filter(m -> m.treaty().id().equals(treatyId))
        .map(Membership::country)
        .distinct()
        .toList();
  }

  private static LocalDate earlier(LocalDate x, LocalDate y) {
    if (x == null) {
      return y;
    }
    if (y == null) {
      return x;
    }
    return x.isBefore(y) ? x : y;
  }
}
