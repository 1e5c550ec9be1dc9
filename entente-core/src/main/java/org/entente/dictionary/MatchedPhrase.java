package org.entente.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.place.PlaceMatch;
import org.entente.place.Sovereignty;

/** A dictionary match, possibly widened by its neighbours. */
final class MatchedPhrase {
  final int pieceStart;
  final int pieceEnd;
  final int tokenStart;
  final int tokenEnd;
  final String phrase;
  final ActorCode code;
  final EntryKind kind;
  final EntryKind startKind;
  final boolean agentAttached;
  final List<String> why;

  MatchedPhrase(
      int pieceStart,
      int pieceEnd,
      int tokenStart,
      int tokenEnd,
      String phrase,
      ActorCode code,
      EntryKind kind,
      EntryKind startKind,
      boolean agentAttached,
      List<String> why) {
    this.pieceStart = pieceStart;
    this.pieceEnd = pieceEnd;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.phrase = phrase;
    this.code = code;
    this.kind = kind;
    this.startKind = startKind;
    this.agentAttached = agentAttached;
    this.why = why;
  }

  static MatchedPhrase of(
      List<WordPiece> pieces, int start, int end, ActorEntry entry, LocalDate date) {
    StringBuilder text = new StringBuilder();
    for (int p = start; p < end; p++) {
      text.append(pieces.get(p).text());
      if (p + 1 < end) {
        text.append(pieces.get(p).hyphenAfter() ? "-" : " ");
      }
    }
    String phrase = text.toString();
    ActorCode code = entry.code();
    String reason;
    if (entry.kind() == EntryKind.PERSON && !entry.holdsOn(date)) {
      code = code.country() == null ? code : code.countryOnly().withAgent("ELI");
      reason =
          String.format(
              "\"%s\" → %s: %s, but not in office on %s, so an elite (%s)",
              phrase, code, entry.label(), date, entry.origin());
    } else if (entry.kind() == EntryKind.METONYM
        && code.country() != null
        && !code.country().equals(Sovereignty.on(code.country(), date))) {
      // "Juba" in 1999 was Sudan's capital city, not yet South Sudan's
      String held = Sovereignty.on(code.country(), date);
      code =
          code.agent() == null
              ? new ActorCode(held, held, null)
              : new ActorCode(held + code.agent(), held, code.agent());
      reason =
          String.format(
              "\"%s\" → %s: %s, which on %s belonged to %s (%s)",
              phrase, code, describe(entry), date, held, entry.origin());
    } else {
      reason =
          String.format(
              "\"%s\" → %s: %s%s (%s)",
              phrase,
              code,
              describe(entry),
              entry.isDated() ? " " + term(entry) : "",
              entry.origin());
    }
    return new MatchedPhrase(
        start,
        end,
        pieces.get(start).token(),
        pieces.get(end - 1).token() + 1,
        phrase,
        code,
        entry.kind(),
        entry.kind(),
        false,
        List.of(reason));
  }

  /**
   * A place of the gazetteer over pieces {@code start} to {@code end}, standing for its country.
   */
  static MatchedPhrase ofPlace(
      List<WordPiece> pieces,
      int start,
      int end,
      PlaceMatch match,
      String country,
      String countryName) {
    StringBuilder text = new StringBuilder();
    for (int p = start; p < end; p++) {
      text.append(pieces.get(p).text());
      if (p + 1 < end) {
        text.append(pieces.get(p).hyphenAfter() ? "-" : " ");
      }
    }
    ActorCode code = new ActorCode(country, country, null);
    String reason =
        String.format(
            "\"%s\" → %s: a %s of %s, %s",
            text,
            code,
            match.place().isRegion() ? "region" : "city",
            countryName,
            match.describe());
    return new MatchedPhrase(
        start,
        end,
        pieces.get(start).token(),
        pieces.get(end - 1).token() + 1,
        text.toString(),
        code,
        EntryKind.PLACE,
        EntryKind.PLACE,
        false,
        List.of(reason));
  }

  private static String describe(ActorEntry entry) {
    return switch (entry.kind()) {
      case NAME -> "name of " + entry.label();
      case ADJECTIVE -> "adjective of " + entry.label();
      case PREFIX -> "prefix of " + entry.label();
      case METONYM -> "place standing for " + entry.label();
      case SEAT -> "seat of power of " + entry.label().replace(" (government)", "");
      case ORGANIZATION -> "organisation " + entry.label();
      case PERSON -> entry.label();
      case AGENT -> "agent " + entry.label();
      case PLACE -> "city of " + entry.label();
    };
  }

  private static String term(ActorEntry entry) {
    return "from "
        + (entry.from() == null ? "?" : entry.from())
        + (entry.to() == null ? "" : " to " + entry.to());
  }

  MatchedPhrase extend(
      MatchedPhrase right, ActorCode newCode, EntryKind newKind, boolean attached, String reason) {
    List<String> reasons = new ArrayList<>(why);
    reasons.addAll(right.why);
    reasons.add("combined: " + reason + " → " + newCode);
    return new MatchedPhrase(
        pieceStart,
        right.pieceEnd,
        tokenStart,
        right.tokenEnd,
        phrase + " " + right.phrase,
        newCode,
        newKind,
        startKind,
        attached,
        reasons);
  }

  MatchedPhrase withCode(ActorCode newCode, String reason) {
    List<String> reasons = new ArrayList<>(why);
    reasons.add(reason + " → " + newCode);
    return new MatchedPhrase(
        pieceStart,
        pieceEnd,
        tokenStart,
        tokenEnd,
        phrase,
        newCode,
        kind,
        startKind,
        true,
        reasons);
  }

  ActorMention toMention(List<String> words) {
    String text = String.join(" ", words.subList(tokenStart, tokenEnd));
    return new ActorMention(tokenStart, tokenEnd, text, code, kind, why);
  }
}
