// Prints every first-order division of the iso3166-2-db package as tab-separated lines:
// geonames id, country (ISO 3166 alpha-2), GeoNames admin1 code, GeoNames' name, English name.
// Run by build.sh with the package installed beside it.
const world = require("iso3166-2-db/data/iso3166-2.json");
const clean = (s) => (s || "").replace(/[\t\r\n]+/g, " ").trim();
for (const iso2 of Object.keys(world).sort()) {
  for (const r of world[iso2].regions || []) {
    const id = r.reference && r.reference.geonames;
    if (!id) {
      continue;
    }
    process.stdout.write(
      [id, iso2, clean(r.admin), clean(r.names && r.names.geonames), clean(r.name)].join("\t")
        + "\n");
  }
}
