package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.entente.core.EntenteException;

/** JSON output for {@code --json}: one shared mapper, pretty-printed. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EntenteException(EntenteException.Kind.INTERNAL, "cannot write JSON: " + e, e);
    }
  }
}
