package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One verb of a verb block, with its irregular forms and its own code:
 *
 * <pre>
 * HURRY {HURRIES HURRYING HURRIED }           forms given: PETRARCH forms no others
 * ASK     [020]                               the isolated verb codes 020
 * +CALL_OFF [160]                             multi-word: + marks the verb, CALL
 * KLM_NOP_+RST [002]                          multi-word: the verb RST after KLM NOP
 * +ANGERED_BY {}                              no other forms
 * </pre>
 *
 * @param text the verb as written ({@code +CALL_OFF})
 * @param words its words without {@code _} and {@code +} ({@code CALL}, {@code OFF})
 * @param verbIndex which word is the verb: the one marked {@code +}, else the first
 * @param forms the forms written in {@code {...}}, as written ({@code +BREAKS_DOWN})
 * @param regularForms {@code true} when there are no braces: PETRARCH forms {@code -S}, {@code
 *     -ED}, {@code -ING} itself
 * @param code the verb's own code, or {@code null} for the block's
 * @param origin {@code file:line}
 */
public record PetrarchVerbForm(
    String text,
    List<String> words,
    int verbIndex,
    List<String> forms,
    boolean regularForms,
    PetrarchCode code,
    String origin) {

  public PetrarchVerbForm {
    requireNonNull(text, "text is null");
    words = List.copyOf(words);
    forms = List.copyOf(forms);
    requireNonNull(origin, "origin is null");
    if (verbIndex < 0 || verbIndex >= words.size()) {
      throw new IllegalArgumentException("verb index " + verbIndex + " is outside " + words);
    }
    if (regularForms && !forms.isEmpty()) {
      throw new IllegalArgumentException("a verb with irregular forms has no regular ones");
    }
  }

  /** The word the parser matches as the verb. */
  public String verb() {
    return words.get(verbIndex);
  }
}
