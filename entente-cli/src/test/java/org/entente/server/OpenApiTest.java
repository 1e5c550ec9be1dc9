package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.entente.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description names exactly the routes the server declares. */
class OpenApiTest {

  @TempDir Path folder;

  @Test
  void theDescriptionHasEveryRouteAndNoOther() throws Exception {
    JsonNode spec;
    try (InputStream in =
        OpenApiTest.class.getResourceAsStream("/org/entente/server/openapi.json")) {
      spec = new ObjectMapper().readTree(in);
    }
    Set<String> described = new TreeSet<>();
    Iterator<String> paths = spec.get("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      spec.get("paths")
          .get(path)
          .fieldNames()
          .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path));
    }
    Set<String> declared = new TreeSet<>();
    Set<String> writes = new TreeSet<>();
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      List<Route> routes =
          EntenteServer.routes(
              new ServerSettings(
                  store,
                  TestStore.CODEBOOK,
                  TestStore.DICTIONARY,
                  TestStore.emptyCoder(),
                  1,
                  "t",
                  1,
                  List.of()));
      for (Route route : routes) {
        declared.add(route.method().name() + " " + route.path());
        if (route.writes()) {
          writes.add(route.method().name() + " " + route.path());
        }
      }
    }

    assertThat(described).isEqualTo(declared);
    Set<String> secured = new TreeSet<>();
    for (String route : described) {
      String[] parts = route.split(" ", 2);
      if (spec.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT)).has("security")) {
        secured.add(route);
      }
    }
    assertThat(secured).as("the routes that need the token").isEqualTo(writes);
  }
}
