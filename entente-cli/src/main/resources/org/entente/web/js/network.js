// The network view: every pair of countries in the store, as thick as its events.
import * as api from "./api.js";
import { addChart } from "./charts.js";
import { showPairEvidence } from "./evidence.js";
import { element } from "./parts.js";
import { storePairs } from "./world.js";

/** Pairs drawn at most (the ones with the most events), so that the graph stays readable. */
const MAX_PAIRS = 150;

export async function networkView(root, s, { go }) {
  const [all, countryList] = await Promise.all([storePairs(), api.countries()]);
  const countries = countryList.countries ?? countryList;
  const pairs = [...all].sort((x, y) => y.events - x.events).slice(0, MAX_PAIRS);
  const inGraph = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const nodes = countries.filter((c) => inGraph.has(c.country));
  const card = element("section", "summary");
  card.append(element("h2", null, `The store: ${countries.length} countries, ${all.length} pairs`));
  card.append(
    element(
      "p",
      "why",
      (all.length > MAX_PAIRS ? `The ${MAX_PAIRS} pairs with the most events. ` : "") +
        "Click a line for the events between two countries, a country for its relations on the world map.",
    ),
  );
  root.append(card);
  const grid = element("div", "grid");
  root.append(grid);
  const most = Math.max(1, ...pairs.map((p) => p.events));
  const mostNode = Math.max(1, ...nodes.map((c) => c.events));
  addChart(grid, {
    id: "network",
    wide: true,
    height: 600,
    title: "Pairs in the store",
    rows: pairs.map((p) => ({ a: p.a, b: p.b, events: p.events })),
    option: {
      tooltip: {
        formatter: (c) =>
          c.dataType === "edge" ? `${c.data.source}–${c.data.target}: ${c.data.value} events` : `${c.name}: ${c.value} events`,
      },
      series: [
        {
          type: "graph",
          layout: "force",
          force: { repulsion: 260, edgeLength: [60, 180], gravity: 0.08 },
          roam: true,
          draggable: true,
          label: { show: true, fontSize: 11 },
          itemStyle: { color: "#2f6fb3" },
          lineStyle: { color: "#8895a7", opacity: 0.7 },
          emphasis: { focus: "adjacency" },
          data: nodes.map((c) => ({
            name: c.country,
            value: c.events,
            symbolSize: 10 + 30 * Math.sqrt(c.events / mostNode),
          })),
          links: pairs.map((p) => ({
            source: p.a,
            target: p.b,
            value: p.events,
            lineStyle: { width: 1 + 9 * Math.sqrt(p.events / most) },
          })),
        },
      ],
    },
    onClick: (c) => {
      if (c.dataType === "edge") {
        showPairEvidence(c.data.source, c.data.target, s);
      } else if (c.dataType === "node") {
        go({ view: "world", country: c.name, from: s.from, to: s.to });
      }
    },
  });
}
