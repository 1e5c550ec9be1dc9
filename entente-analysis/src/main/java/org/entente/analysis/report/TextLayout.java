package org.entente.analysis.report;

import java.util.List;
import org.entente.analysis.report.Block.Note;
import org.entente.analysis.report.Block.Table;

/**
 * Lays a report out for a terminal: the title underlined, each section's title, its notes and its
 * tables indented by two spaces, columns padded; a cell longer than {@link #MAX_CELL} is cut with
 * "…" unless it is in the last column (sentences go there, whole).
 */
final class TextLayout {
  static final int MAX_CELL = 100;

  private TextLayout() {}

  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(report.title()).append('\n');
    out.append("=".repeat(report.title().length())).append('\n');
    for (Section section : report.sections()) {
      out.append('\n').append(section.title()).append('\n');
      for (Block block : section.blocks()) {
        if (block instanceof Note note) {
          out.append("  ").append(note.text()).append('\n');
        } else if (block instanceof Table table) {
          table(out, table);
        }
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Table table) {
    if (table.rows().isEmpty()) {
      out.append("  (none)\n");
      return;
    }
    int columns = table.headers().size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = table.headers().get(c).length();
      for (List<String> row : table.rows()) {
        widths[c] = Math.max(widths[c], cell(row.get(c), c == columns - 1).length());
      }
    }
    line(out, table.headers(), widths, table.alignments());
    for (List<String> row : table.rows()) {
      line(out, row, widths, table.alignments());
    }
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths, String align) {
    StringBuilder line = new StringBuilder("  ");
    for (int c = 0; c < cells.size(); c++) {
      boolean last = c == cells.size() - 1;
      String text = cell(cells.get(c), last);
      String pad = " ".repeat(widths[c] - text.length());
      line.append(align.charAt(c) == 'r' ? pad + text : text + pad);
      if (c < cells.size() - 1) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String cell(String text, boolean last) {
    String flat = text.replace('\n', ' ');
    return last || flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
  }
}
