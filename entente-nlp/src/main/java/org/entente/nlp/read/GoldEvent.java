package org.entente.nlp.read;

import static java.util.Objects.requireNonNull;

/**
 * An event a PETRARCH validation record expects, from {@code <EventCoding sourcecode="ARN"
 * targetcode="GON" eventcode="064">}. Codes are kept as written: most are actor codes ({@code ARN},
 * {@code XYZGOV}), a few are quoted text for actors no dictionary knows ({@code "INJURY TOLL"},
 * quotes included).
 *
 * @param source the {@code sourcecode}
 * @param target the {@code targetcode}
 * @param code the CAMEO {@code eventcode}, as {@code "064"}
 */
public record GoldEvent(String source, String target, String code) {

  public GoldEvent {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(code, "code is null");
  }
}
