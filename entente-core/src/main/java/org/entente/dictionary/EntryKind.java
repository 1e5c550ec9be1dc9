package org.entente.dictionary;

/** What kind of phrase a dictionary entry is, which decides how it combines with its neighbours. */
public enum EntryKind {
  /** A state's name: "China", "the Russian Federation", "Soviet Union". */
  NAME,
  /** An adjective or demonym: "Chinese", "Russians". */
  ADJECTIVE,
  /** A combining prefix before a hyphen: "Sino-", "Russo-". */
  PREFIX,
  /** A capital or place standing for the state: "Beijing", "Moscow". */
  METONYM,
  /** A seat of power standing for the government: "the Kremlin", "the White House". */
  SEAT,
  /** A named organisation: "United Nations", "People's Liberation Army". */
  ORGANIZATION,
  /** A person with dated roles: "Xi Jinping". */
  PERSON,
  /** A sector noun without a country: "government", "troops", "state-owned enterprises". */
  AGENT,
  /** A city of the gazetteer, standing for its country: "Aleppo", "Nablus". */
  PLACE;

  /**
   * Names, adjectives, prefixes, metonyms, seats and places all stand for a state (or its
   * government).
   */
  public boolean isState() {
    return this == NAME
        || this == ADJECTIVE
        || this == PREFIX
        || this == METONYM
        || this == SEAT
        || this == PLACE;
  }
}
