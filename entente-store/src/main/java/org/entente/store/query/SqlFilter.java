package org.entente.store.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code WHERE} clause of an {@link EventQuery} over the {@code events} table, with its
 * parameters. {@code SqlFilter.of(EventQuery.between("CHN", "RUS"))} gives {@code ((source_country
 * = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))} with CHN, RUS, RUS,
 * CHN.
 */
public record SqlFilter(String sql, List<Object> parameters) {

  public SqlFilter {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  public static SqlFilter of(EventQuery query) {
    List<String> terms = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (query.source() != null || query.target() != null) {
      String forward = pair(query.source(), query.target(), parameters);
      if (query.eitherDirection()) {
        String backward = pair(query.target(), query.source(), parameters);
        terms.add("(" + forward + " OR " + backward + ")");
      } else {
        terms.add(forward);
      }
    }
    if (query.involving() != null) {
      terms.add(
          "((source_country = ? AND target_country <> ?)"
              + " OR (target_country = ? AND source_country <> ?))");
      parameters.addAll(Collections.nCopies(4, query.involving()));
    }
    if (query.from() != null) {
      terms.add("date >= ?");
      parameters.add(query.from());
    }
    if (query.to() != null) {
      terms.add("date <= ?");
      parameters.add(query.to());
    }
    if (!query.roots().isEmpty()) {
      terms.add("root IN (" + marks(query.roots().size()) + ")");
      parameters.addAll(query.roots());
    }
    if (!query.quadClasses().isEmpty()) {
      terms.add("quad_class IN (" + marks(query.quadClasses().size()) + ")");
      parameters.addAll(query.quadClasses());
    }
    if (query.origin() != null) {
      terms.add("origin = ?");
      parameters.add(query.origin().label());
    }
    if (query.factualOnly()) {
      terms.add("NOT negated AND modality = 'factual'");
    }
    return new SqlFilter(terms.isEmpty() ? "true" : String.join(" AND ", terms), parameters);
  }

  /** Binds the parameters from position {@code first} on; returns the next free position. */
  public int bind(PreparedStatement statement, int first) throws SQLException {
    int position = first;
    for (Object parameter : parameters) {
      statement.setObject(position++, parameter);
    }
    return position;
  }

  private static String pair(String source, String target, List<Object> parameters) {
    List<String> parts = new ArrayList<>();
    if (source != null) {
      parts.add(actor("source", source, parameters));
    }
    if (target != null) {
      parts.add(actor("target", target, parameters));
    }
    return "(" + String.join(" AND ", parts) + ")";
  }

  /** Three letters match the country, anything longer the start of the code. */
  private static String actor(String side, String code, List<Object> parameters) {
    parameters.add(code);
    return code.length() == 3 ? side + "_country = ?" : "starts_with(" + side + "_code, ?)";
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
