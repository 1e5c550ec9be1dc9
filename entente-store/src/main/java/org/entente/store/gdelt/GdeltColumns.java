package org.entente.store.gdelt;

import java.util.ArrayList;
import java.util.List;

/** GDELT's event column names, as its codebooks spell them, in file order. */
final class GdeltColumns {

  private static final List<String> ACTOR =
      List.of(
          "Code",
          "Name",
          "CountryCode",
          "KnownGroupCode",
          "EthnicCode",
          "Religion1Code",
          "Religion2Code",
          "Type1Code",
          "Type2Code",
          "Type3Code");
  private static final List<String> ACTION =
      List.of(
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone");

  private GdeltColumns() {}

  /** The columns of GDELT 2.0 ({@code adm2}) or 1.0, with or without SOURCEURL. */
  static List<String> names(boolean adm2, boolean sourceUrl) {
    List<String> names = new ArrayList<>();
    names.addAll(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      ACTOR.forEach(part -> names.add(actor + part));
    }
    names.addAll(ACTION);
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      names.addAll(List.of(geo + "Type", geo + "FullName", geo + "CountryCode", geo + "ADM1Code"));
      if (adm2) {
        names.add(geo + "ADM2Code");
      }
      names.addAll(List.of(geo + "Lat", geo + "Long", geo + "FeatureID"));
    }
    names.add("DATEADDED");
    if (sourceUrl) {
      names.add("SOURCEURL");
    }
    return List.copyOf(names);
  }
}
