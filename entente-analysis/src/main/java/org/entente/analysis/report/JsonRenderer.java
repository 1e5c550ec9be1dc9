package org.entente.analysis.report;

import static org.entente.analysis.report.JsonNodes.FACTORY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.dyad.PeriodProfile;
import org.entente.analysis.dyad.TurningPoint;
import org.entente.analysis.leadership.IssueLead;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.analysis.stated.StatedAssessment;
import org.entente.analysis.stated.StatedVsMeasured;
import org.entente.analysis.triangle.Triangle;
import org.entente.analysis.triangle.TriangleShape;
import org.entente.analysis.triangle.TriangleSide;
import org.entente.core.EntenteException;

/**
 * The model's results as JSON for programs, fields always present and in the order documented in
 * {@code docs/relationship-model.md}: {@code {"dyad": {"a": "CHN", "b": "RUS"}, "window": …,
 * "period": "year", "overall": {"level": …, "figures": …}, "leadership": […], "trend": …, "stated":
 * …}}.
 */
public final class JsonRenderer implements Renderer {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String profile(DyadProfile profile) {
    ObjectNode root = FACTORY.objectNode();
    root.set("dyad", dyad(profile.dyad()));
    root.set("window", window(profile.window()));
    root.put("period", profile.period().label());
    root.set("overall", JsonNodes.measurement(profile.overall()));
    root.set("leadership", issues(profile.leadership()));
    ObjectNode trend = root.putObject("trend");
    ArrayNode periods = trend.putArray("periods");
    for (PeriodProfile period : profile.trend().periods()) {
      ObjectNode p = periods.addObject();
      p.put("period", period.span().label());
      p.put("start", period.span().start().toString());
      p.put("end", period.span().end().toString());
      p.setAll(JsonNodes.measurement(period.measurement()));
    }
    ArrayNode turns = trend.putArray("turning_points");
    for (TurningPoint turn : profile.trend().turningPoints()) {
      ObjectNode t = turns.addObject();
      t.put("period", turn.span().label());
      t.put("since", turn.since().label());
      t.put("from", turn.from().label());
      t.put("to", turn.to().label());
    }
    root.set("stated", stated(profile.stated()));
    root.put("coarsely_dated_events", profile.coarselyDated());
    return write(root);
  }

  @Override
  public String triangle(Triangle triangle) {
    ObjectNode root = FACTORY.objectNode();
    ArrayNode countries = root.putArray("countries");
    triangle.countries().forEach(countries::add);
    TriangleShape shape = triangle.shape();
    ObjectNode s = root.putObject("shape");
    s.put("name", shape.name());
    s.put("description", shape.description());
    if (shape instanceof TriangleShape.RomanticTriangle romantic) {
      s.put("pivot", romantic.pivot());
      s.putArray("wings").add(romantic.wingA()).add(romantic.wingB());
    } else if (shape instanceof TriangleShape.StableMarriage marriage) {
      s.set("pair", dyad(marriage.pair()));
      s.put("outsider", marriage.outsider());
    }
    ArrayNode sides = root.putArray("sides");
    for (TriangleSide side : triangle.sides()) {
      ObjectNode node = sides.addObject();
      node.set("dyad", dyad(side.dyad()));
      node.put("sign", side.sign().label());
      node.put("events", side.events());
      JsonNodes.put(node, "goldstein_mean", side.goldsteinMean());
      node.set("level", JsonNodes.level(side.level()));
    }
    return write(root);
  }

  @Override
  public String leadership(Leadership leadership) {
    ObjectNode root = FACTORY.objectNode();
    root.set("dyad", dyad(leadership.dyad()));
    root.set("window", window(leadership.window()));
    root.set("issues", issues(leadership));
    return write(root);
  }

  private static ArrayNode issues(Leadership leadership) {
    ArrayNode issues = FACTORY.arrayNode();
    for (IssueLead issue : leadership.issues()) {
      ObjectNode node = issues.addObject();
      node.put("third_party", issue.thirdParty());
      node.put("a_events", issue.aEvents());
      node.put("b_events", issue.bEvents());
      node.put("leader", issue.leader().orElse(null));
      node.put("both_act", issue.bothAct());
      node.set("evidence", JsonNodes.evidence(issue.evidence()));
    }
    return issues;
  }

  private static ObjectNode stated(StatedVsMeasured stated) {
    ObjectNode node = FACTORY.objectNode();
    node.put("measured", stated.measured().label());
    node.put("any_disagreement", stated.anyDisagreement());
    ArrayNode list = node.putArray("assessments");
    for (StatedAssessment s : stated.assessments()) {
      ObjectNode a = list.addObject();
      a.put("id", s.assessment().id());
      a.put("doc_id", s.assessment().docId());
      a.put("sentence", s.assessment().sentence());
      a.put("date", s.assessment().date().toString());
      a.put("label", s.assessment().label());
      a.put("phrase", s.assessment().phrase());
      a.put("text", s.assessment().text());
      a.put("url", s.assessment().url());
      a.put("stated_level", s.stated().map(level -> level.label()).orElse(null));
      a.put("agreement", s.agreement().name().toLowerCase(Locale.ROOT));
      a.put("flagged", s.flagged());
    }
    return node;
  }

  private static ObjectNode dyad(Dyad dyad) {
    ObjectNode node = FACTORY.objectNode();
    node.put("a", dyad.a());
    node.put("b", dyad.b());
    return node;
  }

  private static ObjectNode window(Window window) {
    ObjectNode node = FACTORY.objectNode();
    node.put("from", window.from() == null ? null : window.from().toString());
    node.put("to", window.to() == null ? null : window.to().toString());
    return node;
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new EntenteException(EntenteException.Kind.INTERNAL, "cannot write JSON: " + e, e);
    }
  }
}
