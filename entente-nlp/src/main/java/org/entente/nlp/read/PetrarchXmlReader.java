package org.entente.nlp.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.core.Document;
import org.entente.core.Problem;

/**
 * Reads PETRARCH validation XML ({@code PETR.UnitTest.records.dev.xml}) a record at a time with the
 * JDK's StAX parser: each {@code <Sentence date="19950101" id="DEMO-00">} becomes a {@link
 * PetrarchRecord} (or, through {@link #read}, a document). A record without an id, with a date not
 * YYYYMMDD, or without text is reported with its line and skipped; XML that stops parsing ends the
 * file with a problem at the line where it broke; records before it are kept. A record without a
 * date takes the caller's default date.
 */
public final class PetrarchXmlReader implements DocumentReader {
  private final XMLInputFactory factory = XMLInputFactory.newFactory();
  private final LocalDate defaultDate;
  private final DocumentChecks checks = new DocumentChecks();

  /**
   * @param defaultDate the date of records without a {@code date} attribute, or {@code null}
   */
  public PetrarchXmlReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  @Override
  public Stream<Document> read(String name, InputStream in, Consumer<Problem> problems) {
    return records(name, in, problems).map(PetrarchRecord::document);
  }

  /** The records of a file; a missing file is a problem and an empty stream. */
  public Stream<PetrarchRecord> records(Path file, Consumer<Problem> problems) {
    InputStream in = TextBytes.openFile(file, problems);
    return in == null ? Stream.empty() : records(file.toString(), in, problems);
  }

  /** The records of {@code in}, which the returned stream closes. */
  public Stream<PetrarchRecord> records(String name, InputStream in, Consumer<Problem> problems) {
    XMLStreamReader xml;
    BufferedInputStream text;
    try {
      text = TextBytes.open(in, name, problems);
      if (text == null) {
        return Stream.empty();
      }
      xml = factory.createXMLStreamReader(text);
    } catch (IOException | XMLStreamException e) {
      problems.accept(Problem.ofFile(name, Problem.Kind.UNREADABLE, "cannot read: " + e));
      return Stream.empty();
    }
    Records records = new Records(xml, name, problems);
    return LazyStream.of(
        records::next,
        () -> {
          try {
            xml.close();
          } catch (XMLStreamException e) {
            // closing a reader of an input loses nothing
          }
          text.close();
        },
        name,
        problems);
  }

  /** The state of one file's reading. */
  private final class Records {
    private final XMLStreamReader xml;
    private final String name;
    private final Consumer<Problem> problems;
    private int sentences;
    private boolean failed;

    Records(XMLStreamReader xml, String name, Consumer<Problem> problems) {
      this.xml = xml;
      this.name = name;
      this.problems = problems;
    }

    PetrarchRecord next() {
      try {
        while (!failed && xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("Sentence")) {
            sentences++;
            PetrarchRecord record = sentence();
            if (record != null) {
              return record;
            }
          }
        }
      } catch (XMLStreamException e) {
        failed = true;
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String message = e.getMessage().replaceAll("^ParseError at \\[[^]]*]\\s*Message: ", "");
        problems.accept(
            new Problem(
                name,
                line,
                "malformed XML, the rest of the file is skipped: "
                    + message.replaceAll("\\s+", " ").strip(),
                Problem.Kind.MALFORMED));
        return null;
      }
      if (sentences == 0 && !failed) {
        failed = true;
        problems.accept(
            Problem.ofFile(
                name,
                Problem.Kind.MALFORMED,
                "no <Sentence> records; Entente reads PETRARCH validation XML"
                    + " (<Sentences><Sentence date=\"YYYYMMDD\" id=\"...\"><Text>...)"));
      }
      return null;
    }

    private PetrarchRecord sentence() throws XMLStreamException {
      int line = xml.getLocation().getLineNumber();
      String id = attribute("id");
      String date = attribute("date");
      String category = attribute("category");
      boolean sentence = !attribute("sentence").equalsIgnoreCase("false");
      String text = null;
      String parse = "";
      List<GoldEvent> gold = new ArrayList<>();
      boolean noEvents = false;
      String error = "";
      boolean skip = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Sentence")) {
          break;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "Text" -> text = xml.getElementText().replaceAll("\\s+", " ").strip();
          case "Parse" -> parse = xml.getElementText().strip();
          case "Skip" -> skip = true;
          case "EventCoding" -> {
            String code = attribute("eventcode");
            if (!code.isEmpty()) {
              gold.add(new GoldEvent(attribute("sourcecode"), attribute("targetcode"), code));
            }
            noEvents |= attribute("noevents").equalsIgnoreCase("true");
            error = attribute("error").isEmpty() ? error : attribute("error");
          }
          default -> {
            // other elements carry nothing a record needs
          }
        }
      }
      if (id.isEmpty()) {
        return skipped(line, "a <Sentence> without an id; give every record a unique id");
      }
      LocalDate documentDate = defaultDate;
      if (!date.isEmpty()) {
        try {
          documentDate = LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
          return skipped(line, "record " + id + ": bad date \"" + date + "\"; write YYYYMMDD");
        }
      }
      if (text == null || text.isEmpty()) {
        return skipped(line, "record " + id + " has no <Text>; add the sentence");
      }
      Document document =
          checks.apply(
              new Document(id, documentDate, text, "", "", ""),
              new TextOrigin(name, line, false),
              problems);
      return document == null
          ? null
          : new PetrarchRecord(
              document, line, category, sentence, parse, gold, noEvents, error, skip);
    }

    private String attribute(String local) {
      String value = xml.getAttributeValue(null, local);
      return value == null ? "" : value.strip();
    }

    private PetrarchRecord skipped(int line, String message) {
      problems.accept(new Problem(name, line, message, Problem.Kind.INVALID_FIELD));
      return null;
    }
  }
}
