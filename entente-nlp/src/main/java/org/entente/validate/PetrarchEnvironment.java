package org.entente.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The dictionaries a PETRARCH validation file names in its {@code <Environment>}:
 *
 * <pre>{@code
 * <Environment>
 *     <Verbfile>PETR.Validate.verbs.txt</Verbfile>
 *     <Actorfile>PETR.Validate.actors.txt</Actorfile>
 *     <Agentfile>PETR.Validate.agents.txt</Agentfile>
 *     <Discardfile>PETR.Validate.discards.txt</Discardfile>
 * </Environment>
 * }</pre>
 *
 * names four files, which {@code entente validate} looks for beside the gold file when no {@code
 * --dictionaries} is given (a relative name is taken from the gold file's directory). Other
 * elements ({@code Errorfile}, {@code Include}; {@code Issuefile}, which Entente does not read) are
 * passed over; reading stops at {@code <Sentences>}.
 *
 * @param named the dictionary file names, in file order
 * @param found those that exist beside the gold file, as paths
 * @param missing those that do not
 */
public record PetrarchEnvironment(List<String> named, List<Path> found, List<String> missing) {

  /** The {@code <Environment>} elements that name dictionary files. */
  static final Set<String> DICTIONARY_ELEMENTS =
      Set.of("Verbfile", "Actorfile", "Agentfile", "Discardfile");

  public PetrarchEnvironment {
    named = List.copyOf(named);
    found = List.copyOf(found);
    missing = List.copyOf(missing);
  }

  /**
   * Reads the environment of {@code file}; a file without one, or one that cannot be read as XML up
   * to its records, names nothing (the gold reader reports a broken file).
   */
  public static PetrarchEnvironment read(Path file) {
    List<String> named = new ArrayList<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        boolean inEnvironment = false;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("Sentences") || name.equals("Sentence")) {
              break;
            }
            if (name.equals("Environment")) {
              inEnvironment = true;
            } else if (inEnvironment && DICTIONARY_ELEMENTS.contains(name)) {
              String text = xml.getElementText().strip();
              if (!text.isEmpty()) {
                named.add(text);
              }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT
              && xml.getLocalName().equals("Environment")) {
            break;
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      return new PetrarchEnvironment(named, List.of(), named);
    }
    Path dir = file.toAbsolutePath().getParent();
    List<Path> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : named) {
      Path path = dir == null ? null : dir.resolve(name).normalize();
      if (path != null && Files.isRegularFile(path)) {
        found.add(path);
      } else {
        missing.add(name);
      }
    }
    return new PetrarchEnvironment(named, found, missing);
  }

  /** Whether the file names dictionaries at all. */
  public boolean namesDictionaries() {
    return !named.isEmpty();
  }

  /**
   * The {@code --dictionaries petrarch:} spec of the files found, each named, or empty when none
   * was.
   */
  public String spec() {
    return String.join(",", found.stream().map(Path::toString).toList());
  }
}
