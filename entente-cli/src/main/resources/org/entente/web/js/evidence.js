// The evidence panel: the events and sentences behind a point, bar or marker. A chart hands over
// the event ids behind what was clicked and where to look for them (direction and dates); the
// panel reads those events from the API and lists them with their sentences and links.
import * as api from "./api.js";

/** Pages read at most for one click (a point's events are found long before on real stores). */
const MAX_PAGES = 20;
const PAGE_SIZE = 1000;

const panel = () => document.getElementById("evidence");
let shown = 0;

/** CAMEO code → name, read once from the codebook (the panel names each event's code). */
let codeNames;
function loadCodeNames() {
  codeNames ??= api
    .codebook()
    .then((body) => new Map((body.codes ?? []).map((c) => [c.code, c.name])))
    .catch(() => new Map());
  return codeNames;
}

// Modules run after the document is parsed, so the panel is there.
document.getElementById("evidence-close").addEventListener("click", () => hideEvidence());

export function hideEvidence() {
  shown++;
  panel().hidden = true;
}

/** An event as the API or an evidence block gives it, in the panel's terms. */
function row(e) {
  const code = (side) => (typeof side === "string" ? side : side?.country || side?.code || "?");
  let status = e.status;
  if (!status) status = e.negated ? "negated" : e.modality ?? "";
  return {
    id: e.id,
    date: e.date,
    direction: `${code(e.source)}→${code(e.target)}`,
    code: e.cameo,
    status,
    source: `${e.doc_id}#${e.sentence}`,
    text: e.text ?? "",
    url: e.url ?? "",
  };
}

/**
 * Shows the events behind a click.
 *
 * @param what.title the panel's heading ("CHN→RUS, 2014: 12 events")
 * @param what.ids the event ids behind the figure
 * @param what.top the first few events as the evidence block gives them (shown at once)
 * @param what.queries event filters ({source, target, from, to}) that find all of them
 */
export async function showEvidence(what) {
  const ticket = ++shown;
  const wanted = new Set(what.ids ?? []);
  const names = await loadCodeNames();
  if (ticket !== shown) return;
  render(what.title, (what.top ?? []).map(row), `reading ${wanted.size} event(s) …`, names);
  const found = new Map();
  for (const e of what.top ?? []) found.set(e.id, e);
  try {
    for (const query of what.queries ?? []) {
      let cursor;
      for (let page = 0; page < MAX_PAGES && found.size < wanted.size; page++) {
        const result = await api.events({ ...query, limit: PAGE_SIZE, cursor });
        for (const e of result.events ?? []) {
          if (wanted.has(e.id)) found.set(e.id, e);
        }
        cursor = result.next;
        if (!cursor) break;
      }
    }
  } catch (error) {
    if (ticket === shown) render(what.title, [...found.values()].map(row), error.message, names);
    return;
  }
  if (ticket !== shown) return;
  const rows = [...found.values()]
    .filter((e) => wanted.has(e.id))
    .map(row)
    .sort((x, y) => x.date.localeCompare(y.date) || x.source.localeCompare(y.source));
  const missing = wanted.size - rows.length;
  render(what.title, rows, missing > 0 ? `${missing} event(s) not found in the store` : "", names);
}

/** Shows stated assessments (what commentators said) rather than events. */
export function showAssessments(title, assessments) {
  shown++;
  render(
    title,
    assessments.map((s) => ({
      id: s.id,
      date: s.date,
      direction: "stated",
      code: `${s.stated_level} (${s.label})`,
      status: s.agreement,
      source: `${s.doc_id}#${s.sentence}`,
      text: s.text,
      url: s.url ?? "",
    })),
    "",
  );
}

function render(title, rows, note, names = new Map()) {
  document.getElementById("evidence-title").textContent = title;
  document.getElementById("evidence-note").textContent = note;
  const body = document.getElementById("evidence-rows");
  body.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement("tr");
      tr.dataset.event = r.id;
      for (const key of ["date", "direction", "code", "status", "source"]) {
        const td = document.createElement("td");
        td.textContent = r[key];
        td.className = key;
        if (key === "code" && names.has(r.code)) {
          const name = document.createElement("span");
          name.className = "code-name";
          name.textContent = names.get(r.code);
          td.append(name);
        }
        tr.append(td);
      }
      const td = document.createElement("td");
      td.className = "sentence";
      td.textContent = r.text;
      if (r.url) {
        const link = document.createElement("a");
        link.href = r.url;
        link.textContent = "source";
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        td.append(" ", link);
      }
      tr.append(td);
      return tr;
    }),
  );
  panel().hidden = false;
}

/** Shows the counted events between two countries over the page's window (both directions). */
export async function showPairEvidence(a, b, s) {
  const ticket = ++shown;
  render(`${a}–${b}`, [], "reading the relation …");
  let profile;
  try {
    profile = await api.relation(a, b, { by: "year", from: s.from, to: s.to });
  } catch (error) {
    if (ticket === shown) render(`${a}–${b}`, [], error.message);
    return;
  }
  if (ticket !== shown) return;
  const all = profile.overall.figures.both.evidence.all;
  const window = {};
  if (s.from) window.from = s.from;
  if (s.to) window.to = s.to;
  const x = profile.dyad.a;
  const y = profile.dyad.b;
  await showEvidence({
    title: `${x}–${y}: ${profile.overall.level.reading} (${all.count} events)`,
    ids: all.event_ids,
    top: all.top,
    queries: [{ source: x, target: y, either: true, ...window }],
  });
}
