package org.entente.store.gdelt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.store.bench.GdeltFileGenerator;

/** GDELT files written by tests: generated 2.0 rows, edited rows, zips. */
final class GdeltFiles {

  private GdeltFiles() {}

  /** {@code rows} generated GDELT 2.0 lines (GLOBALEVENTIDs from 400,000,000). */
  static List<String> generated(Path folder, int rows) throws IOException {
    Path file = folder.resolve("generated-" + rows + ".CSV");
    new GdeltFileGenerator(7).write(file, rows);
    List<String> lines = Files.readAllLines(file);
    Files.delete(file);
    return new ArrayList<>(lines);
  }

  /** The line with one column changed. */
  static String with(String line, int column, String value) {
    String[] fields = line.split("\t", -1);
    fields[column] = value;
    return String.join("\t", fields);
  }

  /** The line without its last {@code count} columns. */
  static String dropLast(String line, int count) {
    String[] fields = line.split("\t", -1);
    return String.join("\t", Arrays.copyOf(fields, fields.length - count));
  }

  static Path write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  static Path zip(Path zip, Path... files) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      for (Path file : files) {
        entries.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, entries);
        entries.closeEntry();
      }
    }
    return zip;
  }
}
