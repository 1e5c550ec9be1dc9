package org.entente.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer standard;

  @BeforeAll
  static void load() {
    standard = Gazetteer.standard();
  }

  private static Place place(String name, String iso2, String country, long population) {
    return new Place(population, name, name, iso2, country, 1, 2, population, "PPL");
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  @Test
  void theShippedGazetteerHasTheCitiesOfTheNews() {
    assertThat(standard.size()).isBetween(14_000, 20_000);
    Place nablus = standard.lookup("Nablus");
    assertThat(nablus.country()).isEqualTo("PSE");
    assertThat(nablus.iso2()).isEqualTo("PS");
    assertThat(nablus.geonamesId()).isEqualTo(282615L);
    assertThat(nablus.latitude()).isBetween(32.0, 32.5);
    assertThat(standard.lookup("Aleppo").country()).isEqualTo("SYR");
    assertThat(standard.lookup("Mingora").country()).isEqualTo("PAK");
    assertThat(standard.lookup("Tokyo").kind()).isEqualTo("PPLC");
    // a territory carries its state's CAMEO code, and its own ISO code
    assertThat(standard.lookup("Hong Kong").country()).isEqualTo("CHN");
    assertThat(standard.lookup("Hong Kong").iso2()).isEqualTo("HK");
    assertThat(standard.lookup("Hong Kong").inTerritory()).isTrue();
    assertThat(standard.lookup("Bucharest").inTerritory()).isFalse();
    assertThat(standard.lookup("Nablus").inTerritory()).isFalse();
    // a comma in a name is a token of its own, as the tokenizer has it
    assertThat(standard.lookup("Washington, D.C.").country()).isEqualTo("USA");
    assertThat(standard.match(words("in Washington , D.C. ,"), 1).end()).isEqualTo(4);
    assertThat(standard.capital("USA").name()).isEqualTo("Washington, D.C.");
    assertThat(standard.capital("SYR").name()).isEqualTo("Damascus");
    // accents are optional in text
    assertThat(standard.lookup("Zurich")).isEqualTo(standard.lookup("Zürich"));
  }

  @Test
  void aNameSharedAcrossCountriesGoesToAPlaceOnlyWhenItIsMuchLarger() {
    // Sydney, Australia has some forty times the people of Sydney, Nova Scotia
    assertThat(standard.lookup("Sydney").country()).isEqualTo("AUS");
    Gazetteer shared =
        Gazetteer.of(
            List.of(
                place("Birmingham", "GB", "GBR", 984_333),
                place("Birmingham", "US", "USA", 212_237),
                place("Hamilton", "CA", "CAN", 519_949),
                place("Hamilton", "NZ", "NZL", 152_641)));
    // 4.6 times larger: England's
    assertThat(984_333.0 / 212_237).isGreaterThan(Gazetteer.DOMINANCE_RATIO);
    assertThat(shared.lookup("Birmingham").country()).isEqualTo("GBR");
    // 3.4 times: no country can be said
    assertThat(519_949.0 / 152_641).isLessThan(Gazetteer.DOMINANCE_RATIO);
    assertThat(shared.lookup("Hamilton")).isNull();
    PlaceMatch hamilton = shared.match(words("in Hamilton"), 1);
    assertThat(hamilton.place()).isNull();
    assertThat(hamilton.describe()).contains("ambiguous").contains("CA").contains("NZ");
  }

  @Test
  void aNameSharedWithinOneCountryIsThatCountrysLargestPlace() {
    Gazetteer one =
        Gazetteer.of(
            List.of(
                place("Springfield", "US", "USA", 60_000),
                place("Springfield", "US", "USA", 160_000)));
    assertThat(one.lookup("Springfield").population()).isEqualTo(160_000);
  }

  @Test
  void capitalsAreRequiredWhereGeoNamesWritesThem() {
    assertThat(standard.match(words("a nice place"), 1)).isNull();
    assertThat(standard.match(words("flew to Nice"), 2).place().country()).isEqualTo("FRA");
    assertThat(standard.match(words("MINGORA , Pakistan"), 0).place().name()).isEqualTo("Mingora");
    // "Rio de Janeiro": the particle stays lower case, the rest must not
    assertThat(standard.match(words("in Rio de Janeiro"), 1).end()).isEqualTo(4);
    assertThat(standard.match(words("in rio de janeiro"), 1)).isNull();
  }

  @Test
  void newYorkIsTheCityNotYorkInEngland() {
    // the build leaves the state's name out; news mean the city by it
    var found = standard.find(java.util.List.of("talks", "in", "New", "York", "on", "Monday"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).place().geonamesId()).isEqualTo(5128581L);
    assertThat(found.get(0).place().country()).isEqualTo("USA");
    assertThat(standard.lookup("York").country()).isEqualTo("GBR");
  }

  @Test
  void theLongestNameWinsAndAPossessiveIsAllowed() {
    PlaceMatch city = standard.match(words("Ho Chi Minh City 's mayor"), 0);
    assertThat(city.end()).isEqualTo(4);
    assertThat(city.place().country()).isEqualTo("VNM");
    PlaceMatch aleppo = standard.match(words("Aleppo's governor"), 0);
    assertThat(aleppo.end()).isEqualTo(1);
    assertThat(aleppo.place().name()).isEqualTo("Aleppo");
  }

  @Test
  void wordsAndPeoplesNamesNeedACue() {
    for (String name : List.of("Reading", "Mobile", "Split", "Bath", "Nice")) {
      assertThat(PlaceCues.needsCue(name)).as(name).isTrue();
      assertThat(standard.match(words(name), 0).needsCue()).as(name).isTrue();
    }
    for (String name : List.of("Victoria", "Florence", "Jackson", "Lincoln")) {
      assertThat(PlaceCues.needsCue(name)).as(name).isTrue();
    }
    // short names are initials and syllables more often than towns ("Ho", "Bo")
    assertThat(PlaceCues.needsCue("Ho")).isTrue();
    assertThat(PlaceCues.needsCue("Aleppo")).isFalse();
    assertThat(PlaceCues.cued(words("clashes in Reading"), 2)).isTrue();
    assertThat(PlaceCues.cued(words("the mayor of Reading"), 3)).isTrue();
    assertThat(PlaceCues.cued(words("the city of Nice"), 3)).isTrue();
    assertThat(PlaceCues.cued(words("Reading the report"), 0)).isFalse();
    assertThat(PlaceCues.cued(words("a history of Florence"), 3)).isFalse();
    assertThat(PlaceCues.cued(words("Florence Nightingale"), 0)).isFalse();
  }

  @Test
  void countryNamesAreNotPlacesHere() {
    assertThat(standard.lookup("Syria")).isNull();
    assertThat(standard.lookup("China")).isNull();
    // a town named like another country is left out: "talks in Jamaica" are not in Queens
    assertThat(standard.lookup("Jamaica")).isNull();
    assertThat(standard.lookup("Armenia")).isNull();
    // a city-state's capital is its own country's
    assertThat(standard.lookup("Singapore").country()).isEqualTo("SGP");
  }

  @Test
  void regionsAreLoadedWithTheirCountryAndKind() {
    // a first-order division by GeoNames' name and by the English name without its kind word
    Place helmand = standard.lookup("Helmand");
    assertThat(helmand.country()).isEqualTo("AFG");
    assertThat(helmand.kind()).isEqualTo("ADM1");
    assertThat(helmand.isRegion()).isTrue();
    assertThat(helmand.geonamesId()).isPositive();
    assertThat(standard.lookup("Helmand Province").geonamesId()).isEqualTo(helmand.geonamesId());
    assertThat(standard.lookup("Donetsk Oblast").country()).isEqualTo("UKR");
    assertThat(standard.lookup("Aceh").country()).isEqualTo("IDN");
    assertThat(standard.lookup("Tigray").country()).isEqualTo("ETH");
    assertThat(standard.lookup("Xinjiang").country()).isEqualTo("CHN");
    assertThat(standard.lookup("Western Cape").country()).isEqualTo("ZAF");
    assertThat(standard.lookup("Texas").country()).isEqualTo("USA");
    // regions of news-regions.tsv: no GeoNames id, coordinates of their own
    Place darfur = standard.lookup("Darfur");
    assertThat(darfur.country()).isEqualTo("SDN");
    assertThat(darfur.kind()).isEqualTo("RGN");
    assertThat(darfur.geonamesId()).isZero();
    assertThat(darfur.latitude()).isBetween(10.0, 16.0);
    assertThat(standard.lookup("Mindanao").country()).isEqualTo("PHL");
    assertThat(standard.lookup("Golan Heights").country()).isEqualTo("SYR");
    assertThat(standard.lookup("Chechen").country()).isEqualTo("RUS");
    // news names for a division take the division's id: "Crimea", "Chechen Republic"
    assertThat(standard.lookup("Crimea").kind()).isEqualTo("ADM1");
    assertThat(standard.lookup("Chechen Republic").geonamesId())
        .isEqualTo(standard.lookup("Chechnya").geonamesId());
  }

  @Test
  void aCityIsChosenBeforeTheRegionNamedAfterIt() {
    // "Aleppo", "Kandahar": the city, not the governorate or province of the same name
    assertThat(standard.lookup("Aleppo").kind()).isEqualTo("PPLA");
    assertThat(standard.lookup("Kandahar").kind()).isEqualTo("PPLA");
    Gazetteer both =
        Gazetteer.of(
            List.of(
                new Place(1, "Idlib", "Idlib", "SY", "SYR", 35.9, 36.6, 128_840, "ADM1"),
                new Place(2, "Idlib", "Idlib", "SY", "SYR", 35.9, 36.6, 128_840, "PPLA")));
    assertThat(both.lookup("Idlib").geonamesId()).isEqualTo(2);
    // a region weighs as its largest town against places of another country: Victoria, Australia
    // (Melbourne) against Victoria, British Columbia
    Gazetteer victoria =
        Gazetteer.of(
            List.of(
                new Place(3, "Victoria", "Victoria", "AU", "AUS", -37.8, 145.0, 4_246_375, "ADM1"),
                new Place(4, "Victoria", "Victoria", "CA", "CAN", 48.4, -123.4, 289_625, "PPLA")));
    assertThat(victoria.lookup("Victoria").country()).isEqualTo("AUS");
  }

  /** True when some place of this name is a region. */
  private static boolean namesARegion(String name) {
    PlaceMatch match = standard.match(words(name), 0);
    return match != null
        && match.end() == words(name).size()
        && match.name().places().stream().anyMatch(Place::isRegion);
  }

  @Test
  void regionNamesLeftOutByRule() {
    assertThat(namesARegion("Helmand")).isTrue(); // the helper can say yes
    // named like a country or a place the country dictionary has: the dictionary's
    for (String name : List.of("Georgia", "Washington", "Somali", "Zaire", "Northern Ireland")) {
      assertThat(namesARegion(name)).as(name).isFalse();
    }
    // compass, ordinal and generic words alone: "Eastern" (Province), "Central", "North-West"
    for (String name :
        List.of("Eastern", "Central", "Northern", "Centre", "North-West", "Capital")) {
      assertThat(namesARegion(name)).as(name).isFalse();
    }
    // English words ("Delta", "Free" of Free State), saints' parishes, abbreviations
    for (String name : List.of("Delta", "Plateau", "Rivers", "Free", "Saint George", "ACT")) {
      assertThat(namesARegion(name)).as(name).isFalse();
    }
    // people's names: "Paul" of Cape Verde, "Salinas" of Puerto Rico
    for (String name : List.of("Paul", "Michael", "Salinas", "Rivera", "Cortes")) {
      assertThat(namesARegion(name)).as(name).isFalse();
    }
    // left out by news-regions.tsv: claimed by two countries, meant as another place or a sea
    for (String name : List.of("Kashmir", "Punjab", "Kurdistan", "Red Sea")) {
      assertThat(namesARegion(name)).as(name).isFalse();
      assertThat(standard.lookup(name)).as(name).isNull();
    }
    // "New York" is no state: the city, by Gazetteer.NEWS_NAMES
    assertThat(namesARegion("New York")).isFalse();
    assertThat(standard.lookup("New York").kind()).startsWith("PPL");
    // ...or an adjective, or a belt across many countries
    for (String name : List.of("Hanover", "Ulster", "Sahel", "Balkan", "Jewish")) {
      assertThat(namesARegion(name)).as(name).isFalse();
    }
  }

  @Test
  void aBadLineIsReportedWithItsFileAndLine() {
    String text = "282615\tNablus\tNablus\tPS\tPSE\t32.2\tabc\t130326\tPPLA2\n";
    List<Tsv.Row> rows =
        Tsv.read("places.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> Gazetteer.load(rows))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("places.tsv:1:");
    String far = "1\tX\tX\tPS\tPSE\t132.2\t35\t1\tPPL\n";
    List<Tsv.Row> farRows =
        Tsv.read("places.tsv", new ByteArrayInputStream(far.getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> Gazetteer.load(farRows))
        .hasMessageContaining("no coordinates on earth");
  }
}
