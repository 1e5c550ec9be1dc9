package org.entente.analysis.report;

import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.triangle.Triangle;

/**
 * Turns the model's results into text for people or programs. Get one from {@link
 * Format#renderer()}: {@code Format.TEXT.renderer().profile(profile)}.
 */
public sealed interface Renderer permits TextRenderer, MarkdownRenderer, JsonRenderer {

  /** {@code entente relation}. */
  String profile(DyadProfile profile);

  /** {@code entente triangle}. */
  String triangle(Triangle triangle);

  /** {@code entente leads}. */
  String leadership(Leadership leadership);
}
