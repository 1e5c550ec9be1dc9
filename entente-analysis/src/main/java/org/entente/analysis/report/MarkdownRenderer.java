package org.entente.analysis.report;

import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.triangle.Triangle;

/** The same reports as {@link TextRenderer}, as markdown for notes and issue trackers. */
public final class MarkdownRenderer implements Renderer {

  @Override
  public String profile(DyadProfile profile) {
    return MarkdownLayout.render(ProfileReport.of(profile));
  }

  @Override
  public String triangle(Triangle triangle) {
    return MarkdownLayout.render(OtherReports.triangle(triangle));
  }

  @Override
  public String leadership(Leadership leadership) {
    return MarkdownLayout.render(OtherReports.leadership(leadership));
  }
}
