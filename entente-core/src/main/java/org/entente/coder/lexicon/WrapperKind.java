package org.entente.coder.lexicon;

/** What a wrapper verb does to the event it embeds ("Russia vowed to harmonize…"). */
public enum WrapperKind {
  /** vow, pledge, plan, agree: the embedded event becomes an intent (03x), future. */
  INTENT,
  /** be about to, prepare: the embedded event keeps its code, future. */
  FUTURE,
  /** threaten, warn: a threat (13x). */
  THREAT,
  /** say, claim, announce: the embedded event, reported. */
  REPORTED,
  /** refuse, reject: a rejection (12x). */
  REFUSAL,
  /** want, hope, wait for: the embedded event is hypothetical. */
  HYPOTHETICAL,
  /** urge, ask, call on: an appeal (02x) — or a demand (10x) for "demand". */
  APPEAL
}
