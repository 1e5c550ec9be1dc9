package org.entente.analysis.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.OptionalDouble;
import org.entente.analysis.alignment.Alignment;
import org.entente.analysis.alignment.ThirdPartyStance;
import org.entente.analysis.dyad.Measurement;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.evidence.EvidenceItem;
import org.entente.analysis.figures.AreaFigures;
import org.entente.analysis.figures.DirectedFigures;
import org.entente.analysis.figures.Figures;
import org.entente.analysis.figures.QuadCounts;
import org.entente.analysis.level.Criterion;
import org.entente.analysis.level.LevelAssessment;
import org.entente.analysis.level.ShareInterval;
import org.entente.analysis.treaty.DefenceCommitment;
import org.entente.codebook.QuadClass;

/**
 * The JSON objects of the model's parts, in a fixed field order. Names are snake_case like the
 * event contract; a value that cannot be computed (a mean without events) is {@code null}.
 */
final class JsonNodes {
  static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private JsonNodes() {}

  static ObjectNode measurement(Measurement m) {
    ObjectNode node = FACTORY.objectNode();
    node.set("level", level(m.level()));
    node.set("figures", directed(m.figures()));
    node.set("alignment", alignment(m.alignment()));
    node.set("pacts_signed", evidence(m.pactSignings()));
    node.set("context", evidence(m.context()));
    node.put("volume", m.volume());
    put(node, "attention", m.attention());
    return node;
  }

  static ObjectNode level(LevelAssessment level) {
    ObjectNode node = FACTORY.objectNode();
    node.put("level", level.level().label());
    node.put("confidence", level.confidence().label());
    node.put("reading", level.reading());
    node.put("event_level", level.eventLevel().label());
    node.put("event_confidence", level.eventConfidence().label());
    node.put("event_reading", level.eventReading());
    ArrayNode treaties = node.putArray("treaties");
    for (DefenceCommitment commitment : level.commitments()) {
      ObjectNode t = treaties.addObject();
      t.put("id", commitment.treaty().id());
      t.put("name", commitment.treaty().name());
      t.put("from", commitment.from().toString());
      t.put("to", commitment.end().map(Object::toString).orElse(null));
      t.put("source", commitment.treaty().source());
    }
    node.put("events", level.events());
    node.put("reported", level.reported());
    node.put("not_counted", level.notCounted());
    node.set("conflict_share", interval(level.conflictShare()));
    node.set("material_conflict_share", interval(level.materialConflictShare()));
    node.put("summary", level.summary());
    ArrayNode criteria = node.putArray("criteria");
    for (Criterion criterion : level.criteria()) {
      ObjectNode c = criteria.addObject();
      c.put("applies_to", criterion.appliesTo());
      c.put("name", criterion.name());
      c.put("observed", criterion.observed());
      c.put("required", criterion.required());
      c.put("outcome", criterion.outcome().name().toLowerCase(Locale.ROOT));
    }
    return node;
  }

  /** {@code {"count", "total", "share", "low", "high"}}: a share with its 95 % Wilson interval. */
  static ObjectNode interval(ShareInterval interval) {
    ObjectNode node = FACTORY.objectNode();
    node.put("count", interval.count());
    node.put("total", interval.total());
    node.put("share", round(interval.share()));
    node.put("low", round(interval.low()));
    node.put("high", round(interval.high()));
    return node;
  }

  static ObjectNode directed(DirectedFigures figures) {
    ObjectNode node = FACTORY.objectNode();
    node.set("a_to_b", figures(figures.aToB()));
    node.set("b_to_a", figures(figures.bToA()));
    node.set("both", figures(figures.both()));
    ObjectNode symmetry = node.putObject("symmetry");
    put(symmetry, "events", figures.symmetry().events());
    put(symmetry, "goldstein", figures.symmetry().goldstein());
    return node;
  }

  static ObjectNode figures(Figures f) {
    ObjectNode node = FACTORY.objectNode();
    node.put("events", f.events());
    node.set("quad_classes", quads(f.quads()));
    node.put("goldstein_sum", round(f.goldsteinSum()));
    put(node, "goldstein_mean", f.goldsteinMean());
    put(node, "cooperation_share", f.cooperationShare());
    put(node, "material_conflict_share", f.materialConflictShare());
    node.put("breadth", f.breadth());
    ArrayNode areas = node.putArray("areas");
    for (AreaFigures area : f.areas()) {
      ObjectNode a = areas.addObject();
      a.put("area", area.area().label());
      a.put("events", area.counts().total());
      a.set("quad_classes", quads(area.counts()));
      a.put("real_cooperation", area.realCooperation());
      a.set("evidence", evidence(area.evidence()));
    }
    ObjectNode evidence = node.putObject("evidence");
    evidence.set("all", evidence(f.evidence()));
    for (QuadClass quadClass : QuadClass.values()) {
      evidence.set(quadClass.name().toLowerCase(Locale.ROOT), evidence(f.evidence(quadClass)));
    }
    return node;
  }

  static ObjectNode quads(QuadCounts q) {
    ObjectNode node = FACTORY.objectNode();
    node.put("verbal_cooperation", q.verbalCooperation());
    node.put("material_cooperation", q.materialCooperation());
    node.put("verbal_conflict", q.verbalConflict());
    node.put("material_conflict", q.materialConflict());
    return node;
  }

  static ObjectNode alignment(Alignment alignment) {
    ObjectNode node = FACTORY.objectNode();
    node.put("verdict", alignment.verdict().name().toLowerCase(Locale.ROOT));
    node.put("verdict_label", alignment.verdict().label());
    node.put("third_parties", alignment.stances().size());
    node.put("agreeing", alignment.agreeing());
    put(node, "agreement_share", alignment.agreementShare());
    put(node, "correlation", alignment.correlation());
    ArrayNode divergent = node.putArray("divergent");
    alignment.divergent().forEach(divergent::add);
    ArrayNode stances = node.putArray("stances");
    for (ThirdPartyStance s : alignment.stances()) {
      ObjectNode stance = stances.addObject();
      stance.put("third_party", s.thirdParty());
      stance.put("a_events", s.aEvents());
      stance.put("a_mean", round(s.aMean()));
      stance.put("b_events", s.bEvents());
      stance.put("b_mean", round(s.bMean()));
      stance.put("agree", s.agree());
      stance.set("a_evidence", evidence(s.aEvidence()));
      stance.set("b_evidence", evidence(s.bEvidence()));
    }
    return node;
  }

  static ObjectNode evidence(Evidence evidence) {
    ObjectNode node = FACTORY.objectNode();
    node.put("count", evidence.count());
    ArrayNode ids = node.putArray("event_ids");
    evidence.eventIds().forEach(ids::add);
    ArrayNode top = node.putArray("top");
    for (EvidenceItem item : evidence.top()) {
      ObjectNode i = top.addObject();
      i.put("id", item.eventId());
      i.put("doc_id", item.docId());
      i.put("sentence", item.sentence());
      i.put("date", item.date().toString());
      i.put("date_precision", item.datePrecision().label());
      i.put("source", item.source());
      i.put("target", item.target());
      i.put("cameo", item.cameo());
      i.put("quad_class", item.quadClass());
      i.put("goldstein", item.goldstein());
      i.put("status", item.status());
      i.put("text", item.text());
    }
    return node;
  }

  static void put(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, round(value.getAsDouble()));
    } else {
      node.putNull(field);
    }
  }

  /** Four decimals: enough for shares and Goldstein sums, without binary noise. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
