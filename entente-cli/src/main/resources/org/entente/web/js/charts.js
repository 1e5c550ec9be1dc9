// Chart cards: an ECharts chart with a title, a note, and its data as CSV and JSON downloads.
// Every chart is registered by id (data-chart="pair-events"), so that tests and people can read
// what it shows back through echarts.getInstanceByDom(element).getOption().

/** Levels from closest to most hostile, as the analysis names them, with their colours. */
export const LEVELS = [
  ["alliance", "#1a7f37"],
  ["entente", "#4cae4f"],
  ["partnership", "#a6d96a"],
  ["mixed", "#f1c232"],
  ["rivalry", "#f08c3a"],
  ["confrontation", "#d7301f"],
  ["insufficient evidence", "#d0d4d9"],
];
const LEVEL_COLOURS = Object.fromEntries(LEVELS);

export function levelColour(level) {
  return LEVEL_COLOURS[level] ?? LEVEL_COLOURS["insufficient evidence"];
}

/** Place on the scale, confrontation 1 … alliance 6; 0 for insufficient evidence. */
export function levelRank(level) {
  const i = LEVELS.findIndex(([name]) => name === level);
  return i < 0 || i === LEVELS.length - 1 ? 0 : LEVELS.length - 1 - i;
}

export const DIRECTION_COLOURS = ["#2f6fb3", "#c2410c"];

const charts = new Map();
window.addEventListener("resize", () => charts.forEach((c) => c.chart.resize()));

/** Disposes every chart (before a view is drawn again). */
export function clearCharts() {
  charts.forEach((c) => c.chart.dispose());
  charts.clear();
}

/**
 * Adds a chart card to {@code parent}.
 *
 * @param spec.id chart id (data-chart and download file name)
 * @param spec.title heading
 * @param spec.note one line under the heading
 * @param spec.rows the chart's data as flat objects (what CSV and JSON downloads hold)
 * @param spec.option the ECharts option
 * @param spec.onClick called with ECharts' click parameters
 * @param spec.height chart height in pixels
 */
export function addChart(parent, spec) {
  const card = document.createElement("section");
  card.className = "card" + (spec.wide ? " wide" : "");
  const head = document.createElement("header");
  const title = document.createElement("h3");
  title.textContent = spec.title;
  head.append(title);
  const downloads = document.createElement("span");
  downloads.className = "downloads";
  for (const kind of ["csv", "json"]) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = kind.toUpperCase();
    button.dataset.download = `${spec.id}.${kind}`;
    button.title = `Download this chart's data as ${kind.toUpperCase()}`;
    button.addEventListener("click", () => download(spec, kind));
    downloads.append(button);
  }
  head.append(downloads);
  card.append(head);
  if (spec.note) {
    const note = document.createElement("p");
    note.className = "note";
    note.textContent = spec.note;
    card.append(note);
  }
  const box = document.createElement("div");
  box.className = "chart";
  box.dataset.chart = spec.id;
  box.style.height = `${spec.height ?? 300}px`;
  card.append(box);
  parent.append(card);
  const chart = echarts.init(box, null, { renderer: "canvas" });
  chart.setOption({ animation: false, ...spec.option });
  if (spec.onClick) {
    chart.on("click", spec.onClick);
  }
  charts.set(spec.id, { chart, spec });
  return chart;
}

/** The rows of a chart as CSV: a header of the union of keys, RFC 4180 quoting. */
export function toCsv(rows) {
  const keys = [];
  rows.forEach((r) => Object.keys(r).forEach((k) => keys.includes(k) || keys.push(k)));
  const cell = (v) => {
    if (v === null || v === undefined) return "";
    const s = Array.isArray(v) ? v.join(" ") : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [keys.join(","), ...rows.map((r) => keys.map((k) => cell(r[k])).join(","))].join("\r\n") + "\r\n";
}

function download(spec, kind) {
  const text = kind === "csv" ? toCsv(spec.rows) : JSON.stringify(spec.rows, null, 2) + "\n";
  const type = kind === "csv" ? "text/csv" : "application/json";
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `entente-${spec.id}${spec.fileSuffix ?? ""}.${kind}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chart's rows by id (for the page's own use and for tests). */
export function chartRows(id) {
  return charts.get(id)?.spec.rows;
}
