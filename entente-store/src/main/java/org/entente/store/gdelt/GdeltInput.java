package org.entente.store.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.entente.core.EntenteException;

/**
 * A GDELT file made ready for DuckDB: a plain or gzipped file as it is, a zip (GDELT's own
 * packaging) unpacked entry by entry into a temporary folder. Each part knows its name for messages
 * ({@code 20150218230000.export.CSV.zip}, or {@code archive.zip!a.CSV} when a zip holds several),
 * its line count and its {@link GdeltFormat}. Closing deletes what was unpacked.
 */
final class GdeltInput implements AutoCloseable {

  /** One file DuckDB reads. */
  record Part(String name, Path path, long lines, GdeltFormat format) {

    /** The lines of the part, unpacked. */
    BufferedReader open() throws IOException {
      boolean gzip = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
      InputStream in = gzip ? gunzip(path) : Files.newInputStream(path);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
  }

  private static final int SNIFF_LINES = 100;

  private final List<Part> parts;
  private final Path unpacked;

  private GdeltInput(List<Part> parts, Path unpacked) {
    this.parts = List.copyOf(parts);
    this.unpacked = unpacked;
  }

  static GdeltInput open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw EntenteException.userError(
          "%s: no such file (give the path of a GDELT event file, .CSV, .zip or .gz)", file);
    }
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      return unzip(file, name);
    }
    boolean gzip = lower.endsWith(".gz");
    long lines;
    try (InputStream in = gzip ? gunzip(file) : Files.newInputStream(file)) {
      lines = LineCounter.count(in, null);
    }
    GdeltFormat format;
    try (InputStream in = gzip ? gunzip(file) : Files.newInputStream(file)) {
      format = sniff(name, in);
    }
    return new GdeltInput(List.of(new Part(name, file, lines, format)), null);
  }

  private static GdeltInput unzip(Path file, String name) throws IOException {
    Path folder = Files.createTempDirectory("entente-gdelt-");
    List<Part> parts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<? extends ZipEntry> entries =
          zip.stream().filter(entry -> !entry.isDirectory()).toList();
      if (entries.isEmpty()) {
        throw EntenteException.badData("%s: the zip file holds no file to import", name);
      }
      for (ZipEntry entry : entries) {
        String partName = entries.size() == 1 ? name : name + "!" + entry.getName();
        Path target = folder.resolve(parts.size() + ".csv");
        long lines;
        try (InputStream in = zip.getInputStream(entry);
            OutputStream out = Files.newOutputStream(target)) {
          lines = LineCounter.count(in, out);
        }
        try (InputStream in = Files.newInputStream(target)) {
          parts.add(new Part(partName, target, lines, sniff(partName, in)));
        }
      }
    } catch (IOException | RuntimeException e) {
      delete(folder);
      throw e;
    }
    return new GdeltInput(parts, folder);
  }

  private static InputStream gunzip(Path file) throws IOException {
    return new GZIPInputStream(Files.newInputStream(file), 1 << 16);
  }

  /** The format of the first of the first lines whose column count is a GDELT one. */
  private static GdeltFormat sniff(String name, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int firstCount = -1;
    for (int i = 0; i < SNIFF_LINES; i++) {
      String line = reader.readLine();
      if (line == null) {
        break;
      }
      int count = line.split("\t", -1).length;
      Optional<GdeltFormat> format = GdeltFormat.ofColumnCount(count);
      if (format.isPresent()) {
        return format.get();
      }
      firstCount = firstCount < 0 ? count : firstCount;
    }
    if (firstCount < 0) {
      throw EntenteException.badData("%s: the file is empty; nothing to import", name);
    }
    throw EntenteException.badData(
        "%s:1: not a GDELT event file: its lines have %d tab-separated columns, GDELT 1.0 event"
            + " files have 57 or 58 and GDELT 2.0 event exports 61 (mentions and GKG files are"
            + " not event files)",
        name, firstCount);
  }

  List<Part> parts() {
    return parts;
  }

  @Override
  public void close() {
    if (unpacked != null) {
      delete(unpacked);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unpacked GDELT files in " + folder, e);
    }
  }
}
