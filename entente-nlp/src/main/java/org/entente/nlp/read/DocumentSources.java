package org.entente.nlp.read;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;

/**
 * The documents of command-line arguments: files, directories (every supported file in them,
 * recursively, sorted by path; hidden files and others skipped silently) and {@code -} for JSON
 * Lines on standard input. The reader is chosen by extension: {@code .jsonl}/{@code .ndjson},
 * {@code .txt}, {@code .html}/{@code .htm}, {@code .xml} (PETRARCH validation XML).
 *
 * <p>A {@code .txt} or {@code .html} file's id is its file name without the extension; found in a
 * directory below the one named, its path there ({@code news/2019/note.txt} read as {@code news} is
 * {@code 2019/note}), so files of the same name in different folders keep apart.
 *
 * <p>A document longer than {@link DocumentParts#MAX_CHARS} characters is yielded as parts coded
 * one at a time ({@code id}, {@code id~2}, …; see {@link DocumentParts}), so memory stays bounded.
 *
 * <p>Bad input is reported to the problem listener, one line each, and skipped; the rest of the
 * batch goes on. The CLI prints each problem and exits non-zero when {@link #skipped()} is not
 * zero:
 *
 * <pre>{@code
 * DocumentSources sources = new DocumentSources(date, System.in, p -> err.println(p));
 * try (Stream<Document> documents = sources.documents(List.of("news/", "extra.jsonl", "-"))) {
 *   documents.forEach(coder::code);
 * }
 * return sources.skipped() == 0 ? 0 : EXIT_SOME_INPUT_SKIPPED;
 * }</pre>
 *
 * The stream stays lazy under {@code iterator()} too (a file is opened when its turn comes, a JSON
 * Lines file read a buffer at a time); do not wrap readers in {@code flatMap}, which buffers each
 * inner stream whole under {@code iterator()}. Any {@code .xml} file is taken for PETRARCH XML, so
 * a stray one in a directory is reported ("no &lt;Sentence&gt; records"). Not thread-safe: consume
 * the stream on one thread (and fan the documents out from there).
 */
public final class DocumentSources {
  /** The argument that means standard input, read as JSON Lines. */
  public static final String STANDARD_INPUT = "-";

  /** How problems name standard input. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private final InputStream standardInput;
  private final Consumer<Problem> problems;
  private final Map<String, DocumentReader> readers;
  private final DocumentParts longDocuments = new DocumentParts();
  private int skipped;

  /**
   * @param defaultDate the CLI's {@code --date}: the date of {@code .txt} documents and of others
   *     that carry none, or {@code null}
   * @param standardInput what {@code -} reads; it is not closed
   * @param problems told of each problem as it is met
   */
  public DocumentSources(
      LocalDate defaultDate, InputStream standardInput, Consumer<Problem> problems) {
    this.standardInput = requireNonNull(standardInput, "standardInput is null");
    requireNonNull(problems, "problems is null");
    this.problems =
        problem -> {
          skipped++;
          problems.accept(problem);
        };
    JsonLinesReader jsonLines = new JsonLinesReader(defaultDate);
    HtmlReader html = new HtmlReader(defaultDate);
    this.readers =
        Map.of(
            "jsonl", jsonLines,
            "ndjson", jsonLines,
            "txt", new TextReader(defaultDate),
            "html", html,
            "htm", html,
            "xml", new PetrarchXmlReader(defaultDate));
  }

  /** The documents of {@code arguments}, in order, read lazily; close the stream when done. */
  public Stream<Document> documents(List<String> arguments) {
    Iterator<String> remaining = List.copyOf(arguments).iterator();
    Iterator<Supplier<Stream<Document>>> parts =
        new Iterator<>() {
          private Iterator<Supplier<Stream<Document>>> current = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!current.hasNext() && remaining.hasNext()) {
              current = parts(remaining.next()).iterator();
            }
            return current.hasNext();
          }

          @Override
          public Supplier<Stream<Document>> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }
        };
    // flatMap buffers the parts of one document, which are in memory anyway
    return LazyStream.concat(parts).flatMap(document -> longDocuments.split(document).stream());
  }

  /**
   * How many pieces of input were skipped so far — files, lines, documents, overlong runs: one per
   * problem reported. Non-zero means the output is missing some input.
   */
  public int skipped() {
    return skipped;
  }

  /** The sources an argument names, each read when its turn comes; problems are reported now. */
  private List<Supplier<Stream<Document>>> parts(String argument) {
    if (argument.equals(STANDARD_INPUT)) {
      InputStream unclosed =
          new FilterInputStream(standardInput) {
            @Override
            public void close() {
              // standard input belongs to the caller
            }
          };
      return List.of(() -> readers.get("jsonl").read(STANDARD_INPUT_NAME, unclosed, problems));
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      problems.accept(
          Problem.ofFile(
              argument, Problem.Kind.MISSING_FILE, "not a valid path: " + e.getReason()));
      return List.of();
    }
    if (Files.isDirectory(path)) {
      return directory(path).stream().map(file -> part(path, file)).collect(Collectors.toList());
    }
    if (!Files.exists(path)) {
      problems.accept(
          Problem.ofFile(
              argument,
              Problem.Kind.MISSING_FILE,
              "no such file or directory; check the path and the spelling"));
      return List.of();
    }
    DocumentReader reader = readers.get(extension(path));
    if (reader == null) {
      problems.accept(
          Problem.ofFile(
              argument,
              Problem.Kind.UNSUPPORTED_TYPE,
              (extension(path).isEmpty()
                      ? "no file extension"
                      : "unsupported file type '." + extension(path) + "'")
                  + "; Entente reads .jsonl (.ndjson), .txt, .html (.htm) and PETRARCH .xml"));
      return List.of();
    }
    return List.of(() -> reader.read(path, problems));
  }

  /**
   * A file found in {@code directory}. A one-document file (.txt, .html) whose id is its file name
   * takes its path in the directory instead, so that {@code a/note.txt} and {@code b/note.txt} are
   * {@code a/note} and {@code b/note}, not both {@code note}; a file directly in the directory
   * keeps its name ({@code note}).
   */
  private Supplier<Stream<Document>> part(Path directory, Path file) {
    String relative = directory.relativize(file).toString().replace('\\', '/');
    int dot = relative.lastIndexOf('.');
    String pathId = relative.substring(0, dot);
    String nameId = TextReader.stem(file.toString());
    boolean oneDocument = !List.of("jsonl", "ndjson", "xml").contains(extension(file));
    return () -> {
      Stream<Document> documents = readers.get(extension(file)).read(file, problems);
      return oneDocument && !pathId.equals(nameId)
          ? documents.map(
              document -> document.id().equals(nameId) ? renamed(document, pathId) : document)
          : documents;
    };
  }

  private static Document renamed(Document document, String id) {
    return document.part(id, document.text());
  }

  /** The supported files under {@code directory}, sorted. */
  private List<Path> directory(Path directory) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(file -> !isHidden(directory.relativize(file)))
              .filter(file -> readers.containsKey(extension(file)))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      problems.accept(
          Problem.ofFile(directory.toString(), Problem.Kind.UNREADABLE, "cannot list: " + e));
      return List.of();
    }
    if (files.isEmpty()) {
      problems.accept(
          Problem.ofFile(
              directory.toString(),
              Problem.Kind.EMPTY,
              "no .jsonl, .ndjson, .txt, .html, .htm or .xml files in this directory"));
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
