package org.entente.dictionary.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PETRARCH (TABARI) actor dictionary such as {@code Phoenix.Countries.actors.txt}:
 *
 * <pre>
 * AFGHANISTAN_  [AFG]
 * +AFGHAN_
 * JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
 * SAID_BARKAT_  # CountryInfo.txt
 * 	[DZAGOVAGR 030101-080630]
 * 	[DZAGOV &gt;100701]
 * </pre>
 *
 * A line that starts with neither {@code +} nor {@code [} begins an actor: its phrase, then any
 * number of codes. {@code +} lines add synonyms to the actor above, lines of codes add codes to it
 * (see {@link PetrarchDatedCode} for the dates). Comments are those of {@link PetrarchLines}.
 *
 * <p>Leniencies, as PETRARCH has them:
 *
 * <ul>
 *   <li>an actor may have no code at all ({@code U.N._} in {@code
 *       Phoenix.International.actors.txt}); it is kept with an empty code list;
 *   <li>blank lines do not end a block: a synonym after a blank line still belongs to the actor
 *       above ({@code PEOPLE'S_WAR_GROUP_} in {@code Phoenix.MilNonState.actors.txt});
 *   <li>phrases may hold any character but {@code [}, so typos stay part of the word ({@code
 *       +FAEROYENE]_}, {@code ...AL_ISLAMI+_ISLAMIC_ADEN_ARMY_});
 *   <li>text after the codes that is not a code is ignored with a warning: the MNC section of
 *       {@code Phoenix.International.actors.txt} has columns of sector and revenue there ({@code
 *       A.H._BELO_CORPORATION_ [MNCMED] Newspapers/Magazines $137,000,000});
 *   <li>codes are not checked against CAMEO ({@code [+++]}, {@code [ELR/GAL]}, {@code [pse]} in the
 *       validation suite); {@link PetrarchDictionaries} does that when it converts them.
 * </ul>
 *
 * Errors: a synonym or code before any actor, a code that is not closed, text between codes, a
 * synonym line with a code, a phrase without words, a date restriction that cannot be read.
 */
public final class PetrarchActorReader {

  private static final Logger LOG = LoggerFactory.getLogger(PetrarchActorReader.class);

  private PetrarchActorReader() {}

  public static List<PetrarchActor> read(Path file) {
    return PetrarchReading.readFile(file, PetrarchActorReader::read);
  }

  /** Reads from {@code in}; {@code fileName} names it in error messages. */
  public static List<PetrarchActor> read(String fileName, Reader in) {
    try (PetrarchLines lines = new PetrarchLines(fileName, in)) {
      return read(lines);
    }
  }

  private static List<PetrarchActor> read(PetrarchLines lines) {
    List<PetrarchActor> actors = new ArrayList<>();
    Block block = null;
    PetrarchLines.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      if (text.startsWith("+")) {
        if (block == null) {
          throw line.error("synonym '%s' comes before any actor", text);
        }
        if (text.indexOf('[') >= 0) {
          throw line.error(
              "synonym '%s' has a code; codes go on the actor's line or on lines of their own",
              text);
        }
        block.synonyms.add(PetrarchReading.phrase(line, text.substring(1), "synonym"));
      } else if (text.startsWith("[")) {
        if (block == null) {
          throw line.error("code '%s' comes before any actor", text);
        }
        codes(line, text, 0, block.codes);
      } else {
        if (block != null) {
          actors.add(block.build());
        }
        int open = text.indexOf('[');
        String phrase = open < 0 ? text : text.substring(0, open);
        block = new Block(PetrarchReading.phrase(line, phrase, "actor"), line.origin());
        if (open >= 0) {
          codes(line, text, open, block.codes);
        }
      }
    }
    if (block != null) {
      actors.add(block.build());
    }
    return actors;
  }

  /** Reads {@code [..] [..]} from {@code start} to the end of the line. */
  private static void codes(
      PetrarchLines.Line line, String text, int start, List<PetrarchDatedCode> codes) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c != '[') {
        String rest = text.substring(i).strip();
        if (rest.indexOf('[') >= 0) {
          throw line.error(
              "unexpected '%s' between codes (a line holds a phrase, then codes in [...])", rest);
        }
        LOG.warn("{}: '{}' after the codes is ignored", line.origin(), rest);
        return;
      }
      int close = PetrarchReading.closing(line, text, i, ']', "code");
      PetrarchDatedCode code = PetrarchDates.code(line, text.substring(i + 1, close));
      if (code != null) {
        codes.add(code);
      }
      i = close + 1;
    }
  }

  private static final class Block {
    final PetrarchPhrase phrase;
    final String origin;
    final List<PetrarchPhrase> synonyms = new ArrayList<>();
    final List<PetrarchDatedCode> codes = new ArrayList<>();

    Block(PetrarchPhrase phrase, String origin) {
      this.phrase = phrase;
      this.origin = origin;
    }

    PetrarchActor build() {
      return new PetrarchActor(phrase, synonyms, codes, origin);
    }
  }
}
