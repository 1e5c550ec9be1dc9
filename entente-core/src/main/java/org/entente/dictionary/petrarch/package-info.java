/**
 * Readers for the dictionaries of PETRARCH and TABARI, the event coders Entente measures itself
 * against: actors ({@link org.entente.dictionary.petrarch.PetrarchActorReader}), agents ({@link
 * org.entente.dictionary.petrarch.PetrarchAgentReader}), verbs and their patterns ({@link
 * org.entente.dictionary.petrarch.PetrarchVerbReader}), discards ({@link
 * org.entente.dictionary.petrarch.PetrarchDiscardReader}) and Phoenix issues ({@link
 * org.entente.dictionary.petrarch.PetrarchIssueReader}).
 *
 * <p>The readers stream a file line by line into immutable records and keep what PETRARCH keeps;
 * where PETRARCH is lenient they are too (each leniency is named in the reader's javadoc), and a
 * line they cannot read stops the load with {@code file:line: what is wrong}. {@link
 * org.entente.dictionary.petrarch.PetrarchDictionaries} turns actors and agents into {@link
 * org.entente.dictionary.ActorEntry} objects for Entente's actor matcher.
 */
package org.entente.dictionary.petrarch;
