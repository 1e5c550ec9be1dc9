// The world view: one country's relations with every other it has events with, on a map.
// The outline is Natural Earth's (public domain), 110m, made into world.json by tools/world-map.
import * as api from "./api.js";
import { addChart, levelColour, levelRank, LEVELS } from "./charts.js";
import { showPairEvidence } from "./evidence.js";
import { element, round } from "./parts.js";

/** Partners drawn at most (the ones with the most events), so the view stays quick. */
const MAX_PARTNERS = 40;
/** Relations read at once. */
const PARALLEL = 3;
/** The map's value for the country itself (levels are 0 to 6). */
const SELF = 9;

let outline;

async function registerWorld() {
  if (!outline) {
    const response = await fetch("world.json");
    if (!response.ok) throw new Error("the world outline (world.json) is missing from the server");
    outline = await response.json();
    echarts.registerMap("world", outline);
  }
  return outline;
}

/** The pairs the store holds, however the API wraps them. */
export async function storePairs() {
  const body = await api.pairs();
  return body.pairs ?? body;
}

export async function worldView(root, s, { go, current }) {
  const [, pairs, countries] = await Promise.all([registerWorld(), storePairs(), api.countries()]);
  const me = resolveCode(s.country, pairs, countries.countries ?? countries);
  const partners = pairs
    .filter((p) => p.a === me || p.b === me)
    .sort((x, y) => y.events - x.events)
    .slice(0, MAX_PARTNERS)
    .map((p) => (p.a === me ? p.b : p.a));
  const relations = [];
  let next = 0;
  async function worker() {
    while (next < partners.length && current()) {
      const partner = partners[next++];
      const profile = await api.relation(me, partner, { by: "year", from: s.from, to: s.to });
      relations.push({ partner, profile });
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (!current()) return;
  relations.sort((x, y) => x.partner.localeCompare(y.partner));

  const card = element("section", "summary");
  card.append(element("h2", null, `${me} and the world`));
  card.append(
    element(
      "p",
      "why",
      `The measured level of ${me}'s relation with each of the ${relations.length} countries it has events with` +
        (partners.length === MAX_PARTNERS ? ` (the ${MAX_PARTNERS} with the most events)` : "") +
        ". Click a country for the events behind it.",
    ),
  );
  root.append(card);
  const grid = element("div", "grid");
  root.append(grid);
  const rows = relations.map(({ partner, profile }) => ({
    country: me,
    partner,
    level: profile.overall.level.level,
    reading: profile.overall.level.reading,
    events: profile.overall.figures.both.events,
    goldstein_mean: profile.overall.figures.both.goldstein_mean,
  }));
  const pieces = [
    { value: SELF, label: me, color: "#1f2933" },
    ...LEVELS.map(([name, colour]) => ({ value: levelRank(name), label: name, color: colour })),
  ];
  addChart(grid, {
    id: "world-map",
    wide: true,
    height: 520,
    title: `Relations of ${me}`,
    rows,
    fileSuffix: `-${me}${s.from ? `-from-${s.from}` : ""}${s.to ? `-to-${s.to}` : ""}`,
    option: {
      tooltip: {
        trigger: "item",
        formatter: (c) => {
          const r = rows.find((x) => x.partner === c.name);
          return r ? `${c.name}: ${r.reading}, ${r.events} events, Goldstein mean ${round(r.goldstein_mean)}` : c.name;
        },
      },
      visualMap: { type: "piecewise", pieces, left: 8, bottom: 8, dimension: 0, seriesIndex: 0 },
      series: [
        {
          name: "level",
          type: "map",
          map: "world",
          nameProperty: "code",
          roam: true,
          itemStyle: { areaColor: "#f4f6f8", borderColor: "#9aa5b1", borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: "#6a3d9a" } },
          select: { disabled: true },
          left: 170,
          right: 8,
          top: 8,
          bottom: 8,
          data: [
            { name: me, value: SELF },
            ...rows.map((r) => ({ name: r.partner, value: levelRank(r.level), level: r.level })),
          ],
        },
      ],
    },
    onClick: (c) => {
      if (c.seriesName === "level" && rows.some((r) => r.partner === c.name)) {
        showPairEvidence(me, c.name, s);
      }
    },
  });
  const links = element("p", "links");
  links.append("Open a pair: ");
  rows.slice(0, 12).forEach((r, i) => {
    const link = element("a", null, `${me}–${r.partner}`);
    link.href = `?view=pair&a=${me}&b=${r.partner}`;
    link.style.borderBottom = `3px solid ${levelColour(r.level)}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go({ view: "pair", a: me, b: r.partner, by: "year", from: s.from, to: s.to });
    });
    if (i) links.append(" · ");
    links.append(link);
  });
  grid.append(links);
}

/** The country's code as the store names it (the page may hold a name such as "China"). */
function resolveCode(typed, pairs, countries) {
  const upper = typed.toUpperCase();
  if (pairs.some((p) => p.a === upper || p.b === upper)) return upper;
  const named = countries.find((c) => (c.name ?? "").toLowerCase() === typed.toLowerCase());
  if (named) return named.country;
  throw new Error(`${typed} has no events with another country in the store`);
}
