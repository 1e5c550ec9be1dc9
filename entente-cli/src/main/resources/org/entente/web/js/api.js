// The JSON API of `entente serve`, in one place. Every call returns the parsed JSON, or throws an
// Error whose message is the problem's detail as the server words it.

const BASE = "api";

async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") query.set(k, v);
  }
  const qs = query.toString();
  const response = await fetch(`${BASE}/${path}${qs ? `?${qs}` : ""}`, {
    headers: { Accept: "application/json" },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body?.detail ?? body?.title ?? `${response.status} ${response.statusText}`;
    throw new Error(detail);
  }
  return body;
}

/** The relation profile of a pair (as `entente relation A B --format json`). */
export function relation(a, b, { by, from, to } = {}) {
  return get("relation", { a, b, period: by, from, to });
}

/** The strategic triangle (as `entente triangle A B C --format json`). */
export function triangle(a, b, c, { from, to } = {}) {
  return get("triangle", { a, b, c, from, to });
}

/** Issue leadership (as `entente leads A B --format json`). */
export function leads(a, b, { from, to } = {}) {
  return get("leads", { a, b, from, to });
}

/** The countries present in the store with their event counts. */
export function countries() {
  return get("countries");
}

/** The pairs of countries present in the store with their event counts. */
export function pairs() {
  return get("pairs");
}

/**
 * One page of stored events, { events, next }: filter by source, target (either=true: in either
 * direction), from, to, root, quad, factual; limit (1 to 1,000) and the cursor of the page before.
 */
export function events(filter = {}) {
  return get("events", filter);
}

/** The whole CAMEO codebook: the twenty roots with every code under them. */
export function codebook() {
  const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0"));
  return get("codebook", { code: roots.join(",") });
}
