package org.entente.analysis.report;

import java.util.List;
import java.util.stream.Collectors;
import org.entente.analysis.report.Block.Note;
import org.entente.analysis.report.Block.Table;

/** Lays a report out as GitHub markdown: {@code #} title, {@code ##} sections, pipe tables. */
final class MarkdownLayout {
  private MarkdownLayout() {}

  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(report.title()).append('\n');
    for (Section section : report.sections()) {
      out.append("\n## ").append(section.title()).append('\n');
      for (Block block : section.blocks()) {
        out.append('\n');
        if (block instanceof Note note) {
          out.append(note.text()).append('\n');
        } else if (block instanceof Table table) {
          table(out, table);
        }
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Table table) {
    if (table.rows().isEmpty()) {
      out.append("_none_\n");
      return;
    }
    out.append(row(table.headers()));
    out.append(
        table
            .alignments()
            .chars()
            .mapToObj(a -> a == 'r' ? "---:" : "---")
            .collect(Collectors.joining(" | ", "| ", " |\n")));
    for (List<String> row : table.rows()) {
      out.append(row(row));
    }
  }

  private static String row(List<String> cells) {
    return cells.stream()
        .map(cell -> cell.replace("|", "\\|").replace('\n', ' '))
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }
}
