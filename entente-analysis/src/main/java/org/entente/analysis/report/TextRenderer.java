package org.entente.analysis.report;

import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.triangle.Triangle;

/** A profile a person reads in a terminal: padded tables, sections under plain titles. */
public final class TextRenderer implements Renderer {

  @Override
  public String profile(DyadProfile profile) {
    return TextLayout.render(ProfileReport.of(profile));
  }

  @Override
  public String triangle(Triangle triangle) {
    return TextLayout.render(OtherReports.triangle(triangle));
  }

  @Override
  public String leadership(Leadership leadership) {
    return TextLayout.render(OtherReports.leadership(leadership));
  }
}
