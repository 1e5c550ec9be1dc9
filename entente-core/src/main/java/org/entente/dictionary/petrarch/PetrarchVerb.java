package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A verb block of a PETRARCH verb dictionary: verbs that share one set of patterns.
 *
 * <pre>
 * ---  ACCELERATE   [---]  ---
 * ACCELERATE
 * HURRY {HURRIES HURRYING HURRIED }
 * - * AID                                               [070]         # RUSH
 * </pre>
 *
 * @param name the block's main verb, from its header ({@code ACCELERATE})
 * @param code the code of an isolated verb of the block; {@code ---} when it codes nothing
 * @param forms the verbs of the block
 * @param patterns the patterns, in the order written
 * @param origin {@code file:line} of the header
 */
public record PetrarchVerb(
    String name,
    PetrarchCode code,
    List<PetrarchVerbForm> forms,
    List<PetrarchPattern> patterns,
    String origin) {

  public PetrarchVerb {
    requireNonNull(name, "name is null");
    requireNonNull(code, "code is null");
    forms = List.copyOf(forms);
    patterns = List.copyOf(patterns);
    requireNonNull(origin, "origin is null");
  }
}
