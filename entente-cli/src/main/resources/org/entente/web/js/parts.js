// Small pieces the views share.
import { levelColour } from "./charts.js";

export function round(x, digits = 2) {
  return x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;
}

/** The event filter's dates: the period's, within the page's window. */
export function windowQuery(s, start, end) {
  const later = (x, y) => (!x ? y : !y ? x : x > y ? x : y);
  const earlier = (x, y) => (!x ? y : !y ? x : x < y ? x : y);
  const from = later(s.from, start);
  const to = earlier(s.to, end);
  const q = {};
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
export { element };

/** The headline of a relation profile: level, why, figures per direction, stated vs measured. */
export function summaryCard(root, profile, names) {
  const level = profile.overall.level;
  const figures = profile.overall.figures;
  const card = element("section", "summary");
  const heading = element("h2");
  heading.append(`${profile.dyad.a}–${profile.dyad.b}: `);
  const badge = element("span", "badge", level.reading);
  badge.style.background = levelColour(level.level);
  heading.append(badge);
  card.append(heading);
  card.append(element("p", "why", level.summary));
  const list = element("ul", "figures");
  for (const d of ["a_to_b", "b_to_a"]) {
    const f = figures[d];
    list.append(
      element(
        "li",
        null,
        `${names[d]}: ${f.events} events, Goldstein mean ${round(f.goldstein_mean, 2) ?? "–"}, ` +
          `cooperation ${Math.round(100 * f.cooperation_share)} %, material conflict ${Math.round(100 * f.material_conflict_share)} %`,
      ),
    );
  }
  if (profile.stated?.assessments?.length) {
    const s = profile.stated;
    list.append(
      element(
        "li",
        null,
        `Stated: ${s.assessments.length} assessment(s); measured ${s.measured}` +
          (s.any_disagreement ? "; some disagree with what the events show" : "; none far from it"),
      ),
    );
  }
  card.append(list);
  root.append(card);
}
