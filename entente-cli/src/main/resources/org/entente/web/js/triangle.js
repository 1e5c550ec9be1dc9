// The triangle view: Dittmer's strategic triangle of three countries, from GET api/triangle.
import * as api from "./api.js";
import { addChart, levelColour } from "./charts.js";
import { showPairEvidence } from "./evidence.js";
import { element, round } from "./parts.js";

export async function triangleView(root, s, { go }) {
  const t = await api.triangle(s.a, s.b, s.c, { from: s.from, to: s.to });
  const card = element("section", "summary");
  card.append(element("h2", null, `${t.countries.join("–")}: ${t.shape.name}`));
  card.append(element("p", "why", t.shape.description));
  const links = element("p", "links");
  links.append("Open a side in the pair view: ");
  t.sides.forEach((side, i) => {
    const link = element("a", null, `${side.dyad.a}–${side.dyad.b}`);
    link.href = `?view=pair&a=${side.dyad.a}&b=${side.dyad.b}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go({ view: "pair", a: side.dyad.a, b: side.dyad.b, by: "year", from: s.from, to: s.to });
    });
    if (i) links.append(" · ");
    links.append(link);
  });
  card.append(links);
  root.append(card);
  const grid = element("div", "grid");
  root.append(grid);

  const rows = t.sides.map((side) => ({
    side: `${side.dyad.a}–${side.dyad.b}`,
    sign: side.sign,
    level: side.level.level,
    reading: side.level.reading,
    events: side.events,
    goldstein_mean: side.goldstein_mean,
  }));
  const suffix = `-${t.countries.join("-")}${s.from ? `-from-${s.from}` : ""}${s.to ? `-to-${s.to}` : ""}`;
  const corners = [
    [0, -100],
    [-115, 90],
    [115, 90],
  ];
  const edgeClick = (side) => showPairEvidence(side.dyad.a, side.dyad.b, s);
  addChart(grid, {
    id: "triangle-graph",
    height: 380,
    title: "The triangle",
    note: "Each side coloured by its level, as thick as its events; click a side for its events.",
    rows,
    fileSuffix: suffix,
    option: {
      tooltip: { formatter: (c) => (c.dataType === "edge" ? c.data.tip : c.name) },
      series: [
        {
          type: "graph",
          layout: "none",
          roam: false,
          symbolSize: 58,
          label: { show: true, fontWeight: "bold", fontSize: 14 },
          edgeLabel: { show: true, formatter: (c) => c.data.label_text, fontSize: 12, color: "#1f2933", fontWeight: "bold" },
          lineStyle: { opacity: 0.9 },
          itemStyle: { color: "#f4f6f8", borderColor: "#34495e", borderWidth: 2 },
          data: t.countries.map((name, i) => ({
            name,
            x: corners[i][0],
            y: corners[i][1],
            itemStyle: t.shape.outsider === name || t.shape.pivot === name ? { borderColor: "#6a3d9a", borderWidth: 4 } : undefined,
          })),
          links: t.sides.map((side) => ({
            source: side.dyad.a,
            target: side.dyad.b,
            label_text: `${side.level.reading} · ${side.events}`,
            tip: `${side.dyad.a}–${side.dyad.b}: ${side.level.reading}, ${side.events} events, Goldstein mean ${round(side.goldstein_mean)}`,
            lineStyle: {
              color: levelColour(side.level.level),
              width: 2 + Math.min(14, Math.sqrt(side.events)),
              type: side.sign === "negative" ? "dashed" : "solid",
            },
          })),
        },
      ],
    },
    onClick: (c) => {
      if (c.dataType === "edge") edgeClick(t.sides[c.dataIndex]);
    },
  });
  addChart(grid, {
    id: "triangle-sides",
    height: 380,
    title: "The sides",
    note: "Goldstein mean of each side's events (both directions); click a bar for its events.",
    rows,
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 50, right: 16, top: 24, bottom: 30 },
      xAxis: { type: "category", data: rows.map((r) => r.side) },
      yAxis: { type: "value", min: -10, max: 10, name: "Goldstein mean" },
      series: [
        {
          name: "Goldstein mean",
          id: "sides",
          type: "bar",
          data: t.sides.map((side) => ({
            value: round(side.goldstein_mean),
            itemStyle: { color: levelColour(side.level.level) },
          })),
          label: { show: true, position: "top", formatter: (c) => t.sides[c.dataIndex].level.reading },
        },
      ],
    },
    onClick: (c) => edgeClick(t.sides[c.dataIndex]),
  });
}
