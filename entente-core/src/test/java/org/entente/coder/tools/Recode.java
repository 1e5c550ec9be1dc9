package org.entente.coder.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.coder.EventCoder;
import org.entente.coder.lexicon.Lexicon;
import org.entente.core.Document;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.event.Event;
import org.entente.event.EventJson;
import org.entente.text.ConllU;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;

/**
 * Codes the CoNLL-U that {@code entente parse} prints, without loading CoreNLP: parse a corpus
 * once, then re-code it in seconds after each change of the coder. Usage: {@code Recode
 * PARSES.conllu OUT.jsonl}.
 */
public final class Recode {

  private Recode() {}

  public static void main(String[] args) throws IOException {
    Codebook codebook = Codebook.standard();
    ActorDictionary dictionary = ActorDictionary.standard();
    EventCoder coder =
        new EventCoder(
            codebook,
            Lexicon.standard(codebook),
            new DictionaryActorMatcher(dictionary),
            dictionary.vocabulary());
    Path in = Path.of(args[0]);
    long started = System.nanoTime();
    int documents = 0;
    int sentences = 0;
    int events = 0;
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      String id = null;
      LocalDate date = null;
      String dateline = "";
      StringBuilder block = new StringBuilder();
      for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
        if (line.startsWith("# doc_id = ")) {
          if (id != null) {
            CodedDocument coded = code(coder, id, date, dateline, block.toString());
            documents++;
            sentences += coded.sentences();
            events += write(out, coded.events());
          }
          id = line.substring("# doc_id = ".length()).strip();
          date = null;
          dateline = "";
          block.setLength(0);
        } else if (line.startsWith("# date = ")) {
          String d = line.substring("# date = ".length()).strip();
          date = d.equals("null") ? null : LocalDate.parse(d);
        } else if (line.startsWith("# dateline = ")) {
          dateline = line.substring("# dateline = ".length()).strip();
        } else {
          block.append(line).append('\n');
        }
      }
      if (id != null) {
        CodedDocument coded = code(coder, id, date, dateline, block.toString());
        documents++;
        sentences += coded.sentences();
        events += write(out, coded.events());
      }
    }
    System.err.printf(
        "%d documents, %d sentences, %d events in %d ms%n",
        documents, sentences, events, (System.nanoTime() - started) / 1_000_000);
  }

  private static CodedDocument code(
      EventCoder coder, String id, LocalDate date, String dateline, String conllu) {
    List<ParsedSentence> sentences;
    try {
      sentences = ConllU.parse(id, conllu);
    } catch (RuntimeException e) {
      System.err.println("skipped: " + e.getMessage());
      sentences = List.of();
    }
    StringBuilder text = new StringBuilder();
    for (ParsedSentence s : sentences) {
      text.append(s.text()).append('\n');
    }
    Document document = new Document(id, date, text.toString(), "", "", "", dateline);
    return coder.code(new ParsedDocument(document, sentences, List.of()), date);
  }

  private static int write(PrintWriter out, List<Event> events) {
    for (Event event : events) {
      out.println(EventJson.write(event));
    }
    return events.size();
  }
}
