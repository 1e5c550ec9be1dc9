package org.entente.dictionary.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH verb dictionary such as {@code CAMEO.2.0.txt} (PETRARCH 2) or {@code
 * PETR.Validate.verbs.txt} (PETRARCH 1):
 *
 * <pre>
 * &amp;CURRENCY
 * +MONEY
 * +DOLLAR
 *
 * ---  ACCELERATE   [---]  ---
 * ACCELERATE
 * HURRY {HURRIES HURRYING HURRIED }
 * +WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED +WIRE_TAPPING }
 * - * (TO)                                              [042:043]     # RUSH
 * - &amp;MILITARY *                                         [154]         # RUSH
 *
 * ~ a (a b ATTACK) SAY = a b 015
 * </pre>
 *
 * What a line is depends on how it starts: {@code ---} a verb block header ({@link
 * PetrarchVerbLines#header}), {@code &} a synonym set, {@code ~} a transformation, {@code -} a
 * pattern of the current block; {@code +} a member of the current synonym set, or, inside a verb
 * block, a multi-word verb whose verb is the {@code +} word; anything else a verb of the current
 * block. Synonym sets may stand between verb blocks (the validation suite defines {@code
 * &ACCORDSYN} there); a set or a transformation ends the block before it.
 *
 * <p>Leniencies are those of {@link PetrarchVerbLines}; blank lines carry no meaning (PETRARCH ends
 * a set with one, but nothing in a set can follow one but {@code +} lines). Errors: a pattern, verb
 * or {@code +} line outside a block or set, a set without members, and the line errors of {@link
 * PetrarchVerbLines}.
 */
public final class PetrarchVerbReader {

  private PetrarchVerbReader() {}

  public static PetrarchVerbDictionary read(Path file) {
    return PetrarchReading.readFile(file, PetrarchVerbReader::read);
  }

  /** Reads from {@code in}; {@code fileName} names it in error messages. */
  public static PetrarchVerbDictionary read(String fileName, Reader in) {
    try (PetrarchLines lines = new PetrarchLines(fileName, in)) {
      return read(lines);
    }
  }

  private static PetrarchVerbDictionary read(PetrarchLines lines) {
    State state = new State();
    PetrarchLines.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      if (text.startsWith("---")) {
        state.close();
        state.verb = new VerbBlock(PetrarchVerbLines.header(line), line.origin());
      } else if (text.startsWith("&")) {
        state.close();
        if (!text.matches("&\\S+")) {
          throw line.error("synset name '%s' has a space", text);
        }
        state.synset = new SynsetBlock(line);
      } else if (text.startsWith("~")) {
        state.close();
        state.transformations.add(PetrarchVerbLines.transformation(line));
      } else if (text.startsWith("+") && state.synset != null) {
        String member = text.substring(1).strip();
        if (member.isEmpty()) {
          throw line.error("empty member '+' in synset %s", state.synset.line.text());
        }
        state.synset.members.add(member);
      } else if (text.startsWith("-")) {
        state.requireVerb(line, "pattern").patterns.add(PetrarchVerbLines.pattern(line));
      } else if (state.synset != null) {
        throw line.error(
            "'%s' follows synset %s but does not start with '+' (start a verb block with"
                + " --- VERB [code] ---)",
            text, state.synset.line.text());
      } else {
        state.requireVerb(line, "verb").forms.add(PetrarchVerbLines.form(line));
      }
    }
    state.close();
    return new PetrarchVerbDictionary(state.synsets, state.verbs, state.transformations);
  }

  private static final class State {
    final List<PetrarchSynset> synsets = new ArrayList<>();
    final List<PetrarchVerb> verbs = new ArrayList<>();
    final List<PetrarchTransformation> transformations = new ArrayList<>();
    SynsetBlock synset;
    VerbBlock verb;

    VerbBlock requireVerb(PetrarchLines.Line line, String what) {
      if (verb == null) {
        throw line.error(
            "%s '%s' is outside a verb block (start one with --- VERB [code] ---)",
            what, line.text());
      }
      return verb;
    }

    void close() {
      if (synset != null) {
        if (synset.members.isEmpty()) {
          throw synset.line.error(
              "synset %s has no members (list them below it, one a line, starting with +)",
              synset.line.text());
        }
        synsets.add(new PetrarchSynset(synset.line.text(), synset.members, synset.line.origin()));
        synset = null;
      }
      if (verb != null) {
        verbs.add(
            new PetrarchVerb(
                verb.header.name(), verb.header.code(), verb.forms, verb.patterns, verb.origin));
        verb = null;
      }
    }
  }

  private static final class SynsetBlock {
    final PetrarchLines.Line line;
    final List<String> members = new ArrayList<>();

    SynsetBlock(PetrarchLines.Line line) {
      this.line = line;
    }
  }

  private static final class VerbBlock {
    final PetrarchVerbLines.Header header;
    final String origin;
    final List<PetrarchVerbForm> forms = new ArrayList<>();
    final List<PetrarchPattern> patterns = new ArrayList<>();

    VerbBlock(PetrarchVerbLines.Header header, String origin) {
      this.header = header;
      this.origin = origin;
    }
  }
}
