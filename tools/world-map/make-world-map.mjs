// Writes the dashboard's world outline: Natural Earth's 110m admin-0 countries (public domain),
// packaged as TopoJSON by world-atlas, converted to GeoJSON with each feature's id set to the
// country code Entente uses (ISO 3166-1 alpha-3 with the CAMEO deviations of countries.tsv) and
// coordinates rounded to 0.01 degree (about 1 km, far below the outline's own resolution).
// The dashboard draws it on a plane: rings that cross the antimeridian (Russia's Chukotka, Fiji)
// have their western points moved past 180°, and Antarctica, which no relation colours and
// whose ring runs round the pole, is left out.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const out = new URL("../../entente-cli/src/main/resources/org/entente/web/world.json",
  import.meta.url);

// Where Entente's code differs from ISO alpha-3, or Natural Earth has no ISO number.
const CAMEO = { ROU: "ROM" };
const BY_NAME = { Kosovo: "XKX", "N. Cyprus": "CYP", Somaliland: "SOM" };

const round = (c) => (typeof c[0] === "number"
  ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]
  : c.map(round));

// A ring whose consecutive points jump by more than half the globe crosses the antimeridian.
const unwrapRing = (ring) => {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
};
const unwrap = (geometry) =>
  geometry.type === "Polygon"
    ? geometry.coordinates.map(unwrapRing)
    : geometry.coordinates.map((polygon) => polygon.map(unwrapRing));

const geo = feature(topology, topology.objects.countries);
const features = geo.features.filter((f) => f.properties.name !== "Antarctica").map((f) => {
  const alpha3 = f.id ? countries.numericToAlpha3(f.id) : undefined;
  const code = BY_NAME[f.properties.name] ?? CAMEO[alpha3] ?? alpha3 ?? null;
  return {
    type: "Feature",
    properties: { name: f.properties.name, code },
    geometry: { type: f.geometry.type, coordinates: round(unwrap(f.geometry)) },
  };
});
const missing = features.filter((f) => !f.properties.code).map((f) => f.properties.name);
writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }) + "\n");
console.log(`${features.length} countries written; without a code: ${missing.join(", ") || "none"}`);
