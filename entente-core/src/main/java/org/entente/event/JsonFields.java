package org.entente.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.core.EntenteException;

/**
 * Typed access to the fields of one JSON object, for {@link EventJson}. Every getter names the
 * place and the field when the value is missing or of the wrong kind: {@code events.jsonl:3: field
 * 'source.start' is "five", expected a whole number}.
 */
final class JsonFields {

  private final JsonNode node;
  private final String where;
  private final String prefix;

  JsonFields(JsonNode node, String where, String prefix) {
    this.node = node;
    this.where = where;
    this.prefix = prefix;
  }

  String text(String name) {
    JsonNode value = required(name);
    if (!value.isTextual()) {
      throw wrong(name, value, "expected a string");
    }
    return value.textValue();
  }

  /** A string that may be missing or null: then empty. */
  String optionalText(String name) {
    String value = nullableText(name);
    return value == null ? "" : value;
  }

  /** A string that may be missing or null: then {@code null}. */
  String nullableText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrong(name, value, "expected a string or null");
    }
    return value.textValue();
  }

  /** A list of strings that may be missing: then empty. */
  java.util.List<String> optionalTextList(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return java.util.List.of();
    }
    if (!value.isArray()) {
      throw wrong(name, value, "expected a list of strings");
    }
    java.util.List<String> items = new java.util.ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw wrong(name, value, "expected a list of strings");
      }
      items.add(item.textValue());
    }
    return items;
  }

  int integer(String name) {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw wrong(name, value, "expected a whole number");
    }
    return value.intValue();
  }

  double decimal(String name) {
    JsonNode value = required(name);
    if (!value.isNumber()) {
      throw wrong(name, value, "expected a number");
    }
    return value.doubleValue();
  }

  boolean bool(String name) {
    JsonNode value = required(name);
    if (!value.isBoolean()) {
      throw wrong(name, value, "expected true or false");
    }
    return value.booleanValue();
  }

  LocalDate date(String name) {
    String value = text(name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw wrong(name, node.get(name), "not an ISO date (YYYY-MM-DD)");
    }
  }

  <T> T label(String name, Function<String, T> parse, String expected) {
    String value = text(name);
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw wrong(name, node.get(name), "expected " + expected);
    }
  }

  /** The CAMEO code in field {@code name}, whose root field {@code rootField} must repeat. */
  EventCode cameo(String name, String rootField) {
    String code = text(name);
    String root = text(rootField);
    if (!EventCode.isWellFormed(code)) {
      throw wrong(name, node.get(name), "not a CAMEO code (2 to 4 digits, root 01 to 20)");
    }
    if (root.length() != 2 || !code.startsWith(root)) {
      throw wrong(rootField, node.get(rootField), "not the root of cameo code '" + code + "'");
    }
    return new EventCode(code);
  }

  QuadClass quadClass(String name) {
    int value = integer(name);
    if (value < 1 || value > 4) {
      throw wrong(name, node.get(name), "GDELT quad classes run from 1 to 4");
    }
    return QuadClass.ofNumber(value);
  }

  JsonFields object(String name) {
    JsonNode value = required(name);
    if (!value.isObject()) {
      throw wrong(name, value, "expected an object");
    }
    return new JsonFields(value, where, prefix + name + ".");
  }

  /** An object that may be missing or null: then {@code null}. */
  JsonFields optionalObject(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return object(name);
  }

  private JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw EntenteException.badData(
          "%s: field '%s%s' is missing (see the event contract in DESIGN.md)", where, prefix, name);
    }
    return value;
  }

  private EntenteException wrong(String name, JsonNode value, String problem) {
    return EntenteException.badData(
        "%s: field '%s%s' is %s, %s", where, prefix, name, value, problem);
  }
}
