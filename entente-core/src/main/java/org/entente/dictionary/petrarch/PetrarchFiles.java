package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.core.EntenteException;

/**
 * The PETRARCH dictionary files a {@code --dictionaries petrarch:SPEC} names. {@code SPEC} is one
 * or more paths separated by commas, each
 *
 * <ul>
 *   <li>a directory: every file in it;
 *   <li>a prefix: the files of its directory whose names start with it ({@code DIR/PETR.Validate}
 *       picks the validation suite's files beside Phoenix's);
 *   <li>a file: that file, which then replaces the files of its kind the other paths found ({@code
 *       DIR/PETR.Validate,DIR/PETR.Validate.verbs.txt} takes the PETRARCH 1 verbs).
 * </ul>
 *
 * Files are told apart by name: {@code *.actors.txt}, {@code *agents*.txt}, {@code *verbs*.txt},
 * {@code *discards*.txt}; other files are ignored. One verb file is used: among several, the one
 * with {@code .2.0.} in its name (PETRARCH 2's CAMEO 2.0 form). Everything missing is a user error
 * raised here, before any model loads.
 *
 * @param verbs the verb file
 * @param actors the actor files, in name order
 * @param agents the agent files
 * @param discards the discard files
 */
public record PetrarchFiles(Path verbs, List<Path> actors, List<Path> agents, List<Path> discards) {

  public PetrarchFiles {
    requireNonNull(verbs, "verbs is null");
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    discards = List.copyOf(discards);
  }

  /** What a file holds, by its name. */
  enum Kind {
    VERBS,
    ACTORS,
    AGENTS,
    DISCARDS;

    static Kind of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".txt")) {
        return null;
      }
      if (name.contains("verbs")) {
        return VERBS;
      }
      if (name.contains(".actors.")) {
        return ACTORS;
      }
      if (name.contains("agents")) {
        return AGENTS;
      }
      if (name.contains("discards")) {
        return DISCARDS;
      }
      return null;
    }
  }

  /** Finds the files {@code spec} names; a user error says what is missing and where. */
  public static PetrarchFiles locate(String spec) {
    requireNonNull(spec, "spec is null");
    List<Path> found = new ArrayList<>();
    List<Path> named = new ArrayList<>();
    for (String part : spec.split(",")) {
      String text = part.strip();
      if (text.isEmpty()) {
        continue;
      }
      Path path = path(text);
      if (Files.isDirectory(path)) {
        found.addAll(list(path, ""));
      } else if (Files.isRegularFile(path)) {
        if (Kind.of(path) == null) {
          throw EntenteException.userError(
              "%s: not a PETRARCH dictionary file I can tell apart by its name (*.actors.txt,"
                  + " *agents*.txt, *verbs*.txt, *discards*.txt)",
              text);
        }
        named.add(path);
      } else {
        Path dir = path.toAbsolutePath().getParent();
        String prefix = path.getFileName() == null ? "" : path.getFileName().toString();
        if (dir == null || !Files.isDirectory(dir)) {
          throw EntenteException.userError(
              "PETRARCH dictionaries: no such directory: %s; check the path", text);
        }
        List<Path> matching = list(dir, prefix);
        if (matching.isEmpty()) {
          throw EntenteException.userError(
              "PETRARCH dictionaries: no file in %s starts with '%s'; check the path", dir, prefix);
        }
        found.addAll(matching);
      }
    }
    List<Path> verbs = pick(Kind.VERBS, found, named);
    List<Path> actors = pick(Kind.ACTORS, found, named);
    if (verbs.isEmpty()) {
      throw EntenteException.userError(
          "PETRARCH dictionaries %s: no verb file (*verbs*.txt); name one after a comma", spec);
    }
    if (actors.isEmpty()) {
      throw EntenteException.userError(
          "PETRARCH dictionaries %s: no actor file (*.actors.txt); name one after a comma", spec);
    }
    return new PetrarchFiles(
        verbFile(spec, verbs),
        actors,
        pick(Kind.AGENTS, found, named),
        pick(Kind.DISCARDS, found, named));
  }

  private static Path verbFile(String spec, List<Path> verbs) {
    if (verbs.size() == 1) {
      return verbs.get(0);
    }
    List<Path> current =
        verbs.stream().filter(v -> v.getFileName().toString().contains(".2.0.")).toList();
    if (current.size() == 1) {
      return current.get(0);
    }
    throw EntenteException.userError(
        "PETRARCH dictionaries %s: several verb files (%s); name the one to use after a comma",
        spec, String.join(", ", verbs.stream().map(v -> v.getFileName().toString()).toList()));
  }

  /** The named files of a kind when there are any, else those found in directories. */
  private static List<Path> pick(Kind kind, List<Path> found, List<Path> named) {
    List<Path> explicit = named.stream().filter(p -> Kind.of(p) == kind).toList();
    if (!explicit.isEmpty()) {
      return explicit;
    }
    return found.stream().filter(p -> Kind.of(p) == kind).distinct().sorted().toList();
  }

  private static List<Path> list(Path dir, String prefix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> Kind.of(f) != null)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw EntenteException.userError("cannot list %s: %s", dir, e.getMessage());
    }
  }

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw EntenteException.userError("PETRARCH dictionaries: '%s' is not a path", text);
    }
  }
}
