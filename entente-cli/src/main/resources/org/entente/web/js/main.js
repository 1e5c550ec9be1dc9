// The dashboard: the page's state lives in the URL (?view=pair&a=CHN&b=RUS&by=year&from=&to=),
// so that a view can be shared; the form edits it and each view draws itself from it.
import * as api from "./api.js";
import { clearCharts } from "./charts.js";
import { hideEvidence } from "./evidence.js";
import { pairView } from "./pair.js";
import { triangleView } from "./triangle.js";
import { worldView } from "./world.js";
import { networkView } from "./network.js";

const WINDOW = [
  { name: "from", label: "from", type: "date" },
  { name: "to", label: "to", type: "date" },
];
const COUNTRY = (name, label) => ({ name, label, type: "country" });

/** Each view: its fields (with defaults) and how it draws. */
const VIEWS = {
  pair: {
    fields: [
      COUNTRY("a", "country"),
      COUNTRY("b", "and"),
      { name: "by", label: "by", type: "select", options: ["year", "quarter", "month"] },
      ...WINDOW,
    ],
    defaults: { a: "CHN", b: "RUS", by: "year" },
    draw: pairView,
  },
  triangle: {
    fields: [COUNTRY("a", "countries"), COUNTRY("b", ""), COUNTRY("c", ""), ...WINDOW],
    defaults: { a: "USA", b: "CHN", c: "RUS" },
    draw: triangleView,
  },
  world: {
    fields: [COUNTRY("country", "relations of"), ...WINDOW],
    defaults: { country: "CHN" },
    draw: worldView,
  },
  network: { fields: [], defaults: {}, draw: networkView },
};

/** The state as the URL holds it, with the view's defaults filled in. */
export function state() {
  const params = new URLSearchParams(location.search);
  const view = VIEWS[params.get("view")] ? params.get("view") : "pair";
  const s = { view, ...VIEWS[view].defaults };
  for (const field of VIEWS[view].fields) {
    const value = params.get(field.name);
    if (value !== null && value !== "") s[field.name] = value;
  }
  return s;
}

/** Moves to another state (a new history entry) and draws it. */
export function go(next) {
  const params = new URLSearchParams();
  params.set("view", next.view);
  for (const field of VIEWS[next.view].fields) {
    if (next[field.name]) params.set(field.name, next[field.name]);
  }
  history.pushState(null, "", `?${params}`);
  draw();
}

function controls(s) {
  const form = document.getElementById("controls");
  form.replaceChildren();
  for (const field of VIEWS[s.view].fields) {
    const label = document.createElement("label");
    label.append(field.label ? `${field.label} ` : "");
    let input;
    if (field.type === "select") {
      input = document.createElement("select");
      for (const option of field.options) input.append(new Option(option, option));
    } else {
      input = document.createElement("input");
      input.type = field.type === "date" ? "date" : "text";
      if (field.type === "country") {
        input.setAttribute("list", "country-list");
        input.placeholder = "code or name";
        input.size = 12;
      }
    }
    input.name = field.name;
    input.value = s[field.name] ?? "";
    label.append(input);
    form.append(label);
  }
  form.hidden = VIEWS[s.view].fields.length === 0;
  const show = document.createElement("button");
  show.type = "submit";
  show.textContent = "Show";
  form.append(show);
  form.onsubmit = (event) => {
    event.preventDefault();
    const next = { view: s.view };
    for (const [k, v] of new FormData(form)) next[k] = String(v).trim();
    go(next);
  };
}

let drawing = 0;

async function draw() {
  const s = state();
  const ticket = ++drawing;
  document.querySelectorAll("#views a").forEach((a) => {
    a.classList.toggle("active", a.dataset.view === s.view);
  });
  controls(s);
  hideEvidence();
  clearCharts();
  const view = document.getElementById("view");
  view.replaceChildren();
  view.dataset.ready = "false";
  const status = document.getElementById("status");
  status.textContent = "Loading …";
  status.className = "status";
  try {
    await VIEWS[s.view].draw(view, s, { go, current: () => ticket === drawing });
    if (ticket !== drawing) return;
    status.textContent = "";
    view.dataset.ready = "true";
  } catch (error) {
    if (ticket !== drawing) return;
    status.textContent = error.message;
    status.className = "status error";
    view.dataset.ready = "error";
  }
}

async function fillCountries() {
  try {
    const list = await api.countries();
    const options = (list.countries ?? list).map((c) => {
      const option = document.createElement("option");
      option.value = c.country;
      option.label = `${c.name ?? c.country} · ${c.events} events`;
      return option;
    });
    document.getElementById("country-list").replaceChildren(...options);
  } catch (error) {
    // The form still takes typed codes and names; the server checks them.
  }
}

document.querySelectorAll("#views a").forEach((a) => {
  a.addEventListener("click", (event) => {
    event.preventDefault();
    const current = state();
    const next = { ...VIEWS[a.dataset.view].defaults, view: a.dataset.view };
    for (const key of ["from", "to"]) if (current[key]) next[key] = current[key];
    go(next);
  });
});
window.addEventListener("popstate", draw);
fillCountries();
draw();
