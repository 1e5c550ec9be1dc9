// The pair view: one relationship over time and across issues, from GET api/relation.
import * as api from "./api.js";
import { addChart, levelColour, LEVELS, DIRECTION_COLOURS } from "./charts.js";
import { showEvidence, showAssessments } from "./evidence.js";
import { summaryCard, windowQuery, round } from "./parts.js";

export const QUADS = [
  ["verbal_cooperation", "verbal cooperation", "#74add1"],
  ["material_cooperation", "material cooperation", "#1a7f37"],
  ["verbal_conflict", "verbal conflict", "#f08c3a"],
  ["material_conflict", "material conflict", "#d7301f"],
];
const DIRECTIONS = ["a_to_b", "b_to_a"];
/** Levels on the level chart's axis, most hostile at the bottom. */
const SCALE = LEVELS.slice(0, 6).map(([name]) => name).reverse();

export async function pairView(root, s) {
  const profile = await api.relation(s.a, s.b, { by: s.by, from: s.from, to: s.to });
  const a = profile.dyad.a;
  const b = profile.dyad.b;
  const names = { a_to_b: `${a}→${b}`, b_to_a: `${b}→${a}` };
  const ends = { a_to_b: [a, b], b_to_a: [b, a] };
  const periods = profile.trend.periods;
  const labels = periods.map((p) => p.period);
  const turning = profile.trend.turning_points ?? [];
  const suffix = `-${a}-${b}-${s.by}${s.from ? `-from-${s.from}` : ""}${s.to ? `-to-${s.to}` : ""}`;
  const windowOf = (p) => windowQuery(s, p.start, p.end);

  summaryCard(root, profile, names);
  const grid = document.createElement("div");
  grid.className = "grid";
  root.append(grid);

  // Evidence behind one figure of one period and direction.
  const evidence = (p, direction, ids, top, what) =>
    showEvidence({
      title: `${names[direction]}, ${p.period}: ${what} (${ids.length})`,
      ids,
      top,
      queries: [{ source: ends[direction][0], target: ends[direction][1], ...windowOf(p) }],
    });
  const quadIds = (figures, quads) => quads.flatMap((q) => figures.evidence[q].event_ids);
  const quadTop = (figures, quads) => quads.flatMap((q) => figures.evidence[q].top);

  // 1. The timeline: level band, events, Goldstein mean and shares per direction.
  const markTurns = (showLabel) => ({
    silent: true,
    symbol: "none",
    lineStyle: { color: "#333", type: "dashed" },
    label: showLabel ? { formatter: (d) => d.name, position: "end", fontSize: 10, color: "#333" } : { show: false },
    data: turning.map((t) => ({ xAxis: t.period, name: `→ ${t.to}` })),
  });
  const timelineRows = periods.map((p) => {
    const row = { period: p.period, start: p.start, end: p.end, level: p.level.reading };
    for (const d of DIRECTIONS) {
      const f = p.figures[d];
      row[`${d}_events`] = f.events;
      row[`${d}_goldstein_mean`] = f.goldstein_mean;
      row[`${d}_cooperation_share`] = f.cooperation_share;
      row[`${d}_material_conflict_share`] = f.material_conflict_share;
    }
    const turn = turning.find((t) => t.period === p.period);
    row.turning_point = turn ? `${turn.from} → ${turn.to}` : "";
    return row;
  });
  const grids = [
    { top: 78, height: 22 },
    { top: 124, height: 130 },
    { top: 284, height: 110 },
    { top: 424, height: 110 },
  ];
  const series = [
    {
      name: "level",
      type: "bar",
      xAxisIndex: 0,
      yAxisIndex: 0,
      barCategoryGap: 0,
      data: periods.map((p) => ({
        value: 1,
        itemStyle: { color: levelColour(p.level.level) },
        level: p.level.reading,
      })),
      markLine: markTurns(true),
    },
  ];
  DIRECTIONS.forEach((d, i) => {
    const colour = DIRECTION_COLOURS[i];
    series.push({
      name: `${names[d]} events`,
      id: `${d}-events`,
      type: "bar",
      xAxisIndex: 1,
      yAxisIndex: 1,
      itemStyle: { color: colour },
      data: periods.map((p) => p.figures[d].events),
      markLine: i === 0 ? markTurns(false) : undefined,
    });
    series.push({
      name: `${names[d]} Goldstein mean`,
      id: `${d}-goldstein`,
      type: "line",
      xAxisIndex: 2,
      yAxisIndex: 2,
      connectNulls: false,
      itemStyle: { color: colour },
      data: periods.map((p) => (p.figures[d].events ? p.figures[d].goldstein_mean : null)),
      markLine: i === 0 ? markTurns(false) : undefined,
    });
    series.push({
      name: `${names[d]} cooperation share`,
      id: `${d}-cooperation`,
      type: "line",
      xAxisIndex: 3,
      yAxisIndex: 3,
      itemStyle: { color: colour },
      data: periods.map((p) => (p.figures[d].events ? p.figures[d].cooperation_share : null)),
      markLine: i === 0 ? markTurns(false) : undefined,
    });
    series.push({
      name: `${names[d]} material-conflict share`,
      id: `${d}-material-conflict`,
      type: "line",
      xAxisIndex: 3,
      yAxisIndex: 3,
      lineStyle: { type: "dotted" },
      symbol: "triangle",
      itemStyle: { color: colour },
      data: periods.map((p) => (p.figures[d].events ? p.figures[d].material_conflict_share : null)),
    });
  });
  addChart(grid, {
    id: "pair-timeline",
    wide: true,
    height: 590,
    title: `Timeline by ${s.by}, each direction`,
    note:
      "The band is the measured level of each period (colours as in the level chart); dashed lines mark turning points. Click a bar, point or band for the events behind it.",
    rows: timelineRows,
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      axisPointer: { link: [{ xAxisIndex: "all" }] },
      legend: { top: 0, data: series.slice(1).map((x) => x.name) },
      grid: grids.map((g) => ({ left: 60, right: 24, ...g })),
      xAxis: grids.map((g, i) => ({
        type: "category",
        data: labels,
        gridIndex: i,
        axisLabel: { show: i === grids.length - 1 },
        axisTick: { show: i === grids.length - 1 },
      })),
      yAxis: [
        { gridIndex: 0, max: 1, show: false },
        { gridIndex: 1, name: "events", minInterval: 1 },
        { gridIndex: 2, name: "Goldstein mean", min: -10, max: 10 },
        { gridIndex: 3, name: "share", min: 0, max: 1 },
      ],
      series,
    },
    onClick: (c) => {
      const p = periods[c.dataIndex];
      if (!p) return;
      if (c.seriesName === "level") {
        const both = p.figures.both;
        showEvidence({
          title: `${a}–${b}, ${p.period}: ${p.level.reading} (${both.events} events)`,
          ids: both.evidence.all.event_ids,
          top: both.evidence.all.top,
          queries: [{ source: a, target: b, either: true, ...windowOf(p) }],
        });
        return;
      }
      const d = c.seriesId.startsWith("a_to_b") ? "a_to_b" : "b_to_a";
      const f = p.figures[d];
      if (c.seriesId.endsWith("cooperation") && !c.seriesId.endsWith("conflict")) {
        const quads = ["verbal_cooperation", "material_cooperation"];
        evidence(p, d, quadIds(f, quads), quadTop(f, quads), "cooperation");
      } else if (c.seriesId.endsWith("material-conflict")) {
        evidence(p, d, quadIds(f, ["material_conflict"]), quadTop(f, ["material_conflict"]), "material conflict");
      } else {
        evidence(p, d, f.evidence.all.event_ids, f.evidence.all.top, "all events");
      }
    },
  });

  // 2. Measured level per period, with stated assessments beside it.
  const stated = profile.stated?.assessments ?? [];
  const periodOf = (date) => periods.find((p) => p.start <= date && date <= p.end);
  const groups = new Map();
  for (const assessment of stated) {
    const p = periodOf(assessment.date);
    if (!p || !SCALE.includes(assessment.stated_level)) continue;
    const key = `${p.period}|${assessment.stated_level}`;
    if (!groups.has(key)) groups.set(key, { period: p.period, level: assessment.stated_level, items: [] });
    groups.get(key).items.push(assessment);
  }
  const markers = [...groups.values()];
  addChart(grid, {
    id: "pair-level",
    wide: true,
    height: 280,
    title: "Measured level and stated assessments",
    note: `Circles: the level the events show each ${s.by}. Diamonds: what commentators stated (${stated.length}); click one for the sentence.`,
    rows: [
      ...periods.map((p) => ({ kind: "measured", period: p.period, level: p.level.level, reading: p.level.reading })),
      ...stated.map((x) => ({
        kind: "stated",
        period: periodOf(x.date)?.period ?? "",
        level: x.stated_level,
        reading: x.label,
        date: x.date,
        agreement: x.agreement,
        text: x.text,
        url: x.url,
      })),
    ],
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "item" },
      legend: { top: 0 },
      grid: { left: 110, right: 24, top: 36, bottom: 30 },
      xAxis: { type: "category", data: labels },
      yAxis: { type: "category", data: SCALE },
      series: [
        {
          name: "measured level",
          id: "measured",
          type: "line",
          step: "middle",
          symbolSize: 11,
          lineStyle: { color: "#888" },
          data: periods.map((p) => ({
            value: SCALE.includes(p.level.level) ? p.level.level : null,
            itemStyle: { color: levelColour(p.level.level) },
          })),
          tooltip: { formatter: (c) => `${c.name}: ${periods[c.dataIndex].level.reading}` },
        },
        {
          name: "stated",
          id: "stated",
          type: "scatter",
          symbol: "diamond",
          symbolSize: 16,
          symbolOffset: [14, 0],
          z: 5,
          itemStyle: { color: "#6a3d9a" },
          data: markers.map((m) => ({
            value: [m.period, m.level],
            itemStyle: m.items.some((x) => x.flagged) ? { color: "#6a3d9a", borderColor: "#d7301f", borderWidth: 3 } : undefined,
          })),
          tooltip: {
            formatter: (c) => markers[c.dataIndex].items.map((x) => `${x.date}: “${x.text}”`).join("<br>"),
          },
        },
      ],
    },
    onClick: (c) => {
      if (c.seriesName === "stated") {
        const m = markers[c.dataIndex];
        showAssessments(`Stated ${m.level}, ${m.period} (${m.items.length})`, m.items);
      } else {
        const p = periods[c.dataIndex];
        showEvidence({
          title: `${a}–${b}, ${p.period}: ${p.level.reading} (${p.figures.both.events} events)`,
          ids: p.figures.both.evidence.all.event_ids,
          top: p.figures.both.evidence.all.top,
          queries: [{ source: a, target: b, either: true, ...windowOf(p) }],
        });
      }
    },
  });

  // 3. Quad-class mix per period, one stack per direction.
  const quadSeries = [];
  DIRECTIONS.forEach((d) =>
    QUADS.forEach(([key, label, colour]) =>
      quadSeries.push({
        name: label,
        id: `${d}-${key}`,
        type: "bar",
        stack: d,
        itemStyle: { color: colour, opacity: d === "a_to_b" ? 1 : 0.6 },
        data: periods.map((p) => p.figures[d].quad_classes[key]),
      }),
    ),
  );
  addChart(grid, {
    id: "pair-quad",
    height: 300,
    title: "Quad-class mix",
    note: `Left bar of each ${s.by}: ${names.a_to_b}; right, lighter: ${names.b_to_a}.`,
    rows: periods.flatMap((p) =>
      DIRECTIONS.map((d) => ({ period: p.period, direction: names[d], ...p.figures[d].quad_classes })),
    ),
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "item", formatter: (c) => `${c.name} ${names[c.seriesId.slice(0, 6)]}: ${c.value} ${c.seriesName}` },
      legend: { top: 0, data: QUADS.map(([, label]) => label) },
      grid: { left: 50, right: 16, top: 40, bottom: 30 },
      xAxis: { type: "category", data: labels },
      yAxis: { type: "value", minInterval: 1 },
      series: quadSeries,
    },
    onClick: (c) => {
      const p = periods[c.dataIndex];
      const d = c.seriesId.slice(0, 6);
      const key = c.seriesId.slice(7);
      evidence(p, d, p.figures[d].evidence[key].event_ids, p.figures[d].evidence[key].top, c.seriesName);
    },
  });

  // 4. Areas over the whole window.
  const overall = profile.overall.figures;
  const areaNames = [...new Set(DIRECTIONS.flatMap((d) => overall[d].areas.map((x) => x.area)))];
  const area = (d, name) => overall[d].areas.find((x) => x.area === name);
  addChart(grid, {
    id: "pair-areas",
    height: 300,
    title: "Areas",
    note: "Events per area over the whole window, each direction.",
    rows: areaNames.flatMap((name) =>
      DIRECTIONS.map((d) => ({
        area: name,
        direction: names[d],
        events: area(d, name)?.events ?? 0,
        ...(area(d, name)?.quad_classes ?? {}),
        real_cooperation: area(d, name)?.real_cooperation ?? false,
      })),
    ),
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 90, right: 16, top: 36, bottom: 24 },
      yAxis: { type: "category", data: areaNames },
      xAxis: { type: "value", minInterval: 1 },
      series: DIRECTIONS.map((d, i) => ({
        name: names[d],
        id: d,
        type: "bar",
        itemStyle: { color: DIRECTION_COLOURS[i] },
        data: areaNames.map((name) => area(d, name)?.events ?? 0),
      })),
    },
    onClick: (c) => {
      const x = area(c.seriesId, areaNames[c.dataIndex]);
      if (!x) return;
      showEvidence({
        title: `${names[c.seriesId]}, ${x.area}: ${x.events} events`,
        ids: x.evidence.event_ids,
        top: x.evidence.top,
        queries: [{ source: ends[c.seriesId][0], target: ends[c.seriesId][1], ...windowQuery(s) }],
      });
    },
  });

  // 5. Alignment toward third parties.
  const alignment = profile.overall.alignment;
  const stances = alignment.stances ?? [];
  addChart(grid, {
    id: "pair-alignment",
    height: 300,
    title: `Alignment toward third parties: ${alignment.verdict_label}`,
    note: `Goldstein mean of each one's events toward a third party; ${alignment.agreeing} of ${alignment.third_parties} agree.`,
    rows: stances.map((x) => ({
      third_party: x.third_party,
      [`${a}_events`]: x.a_events,
      [`${a}_mean`]: x.a_mean,
      [`${b}_events`]: x.b_events,
      [`${b}_mean`]: x.b_mean,
      agree: x.agree,
    })),
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 50, right: 16, top: 36, bottom: 30 },
      xAxis: {
        type: "category",
        data: stances.map((x) => (x.agree ? x.third_party : `${x.third_party} ≠`)),
      },
      yAxis: { type: "value", min: -10, max: 10, name: "Goldstein mean" },
      series: [
        { name: `${a} toward`, id: "a", type: "bar", itemStyle: { color: DIRECTION_COLOURS[0] }, data: stances.map((x) => round(x.a_mean)) },
        { name: `${b} toward`, id: "b", type: "bar", itemStyle: { color: DIRECTION_COLOURS[1] }, data: stances.map((x) => round(x.b_mean)) },
      ],
    },
    onClick: (c) => {
      const x = stances[c.dataIndex];
      const who = c.seriesId === "a" ? a : b;
      const ev = c.seriesId === "a" ? x.a_evidence : x.b_evidence;
      showEvidence({
        title: `${who} toward ${x.third_party}: ${ev.count} events`,
        ids: ev.event_ids,
        top: ev.top,
        queries: [{ source: who, target: x.third_party, either: true, ...windowQuery(s) }],
      });
    },
  });

  // 6. Issue leadership: who acts more on each third party.
  const issues = profile.leadership ?? [];
  addChart(grid, {
    id: "pair-leads",
    height: 300,
    title: "Issue leadership",
    note: "Events each one directs at a third party; ▲ marks the one that leads on it.",
    rows: issues.map((x) => ({
      third_party: x.third_party,
      [`${a}_events`]: x.a_events,
      [`${b}_events`]: x.b_events,
      leader: x.leader ?? "",
      both_act: x.both_act,
    })),
    fileSuffix: suffix,
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 50, right: 16, top: 36, bottom: 44 },
      xAxis: { type: "category", data: issues.map((x) => x.third_party), axisLabel: { rotate: 45, fontSize: 10 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [a, b].map((who, i) => ({
        name: who,
        id: i ? "b" : "a",
        type: "bar",
        itemStyle: { color: DIRECTION_COLOURS[i] },
        label: { show: true, position: "top", formatter: (c) => (issues[c.dataIndex].leader === who ? "▲" : "") },
        data: issues.map((x) => (i ? x.b_events : x.a_events)),
      })),
    },
    onClick: (c) => {
      const x = issues[c.dataIndex];
      showEvidence({
        title: `${a} and ${b} on ${x.third_party}: ${x.evidence.count} events`,
        ids: x.evidence.event_ids,
        top: x.evidence.top,
        queries: [a, b].map((w) => ({ source: w, target: x.third_party, either: true, ...windowQuery(s) })),
      });
    },
  });
}
