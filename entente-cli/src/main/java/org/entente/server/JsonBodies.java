package org.entente.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.entente.core.EntenteException;

/** JSON out (one shared mapper) and request bodies in, within the size limit. */
final class JsonBodies {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  static final String JSON = "application/json";

  private JsonBodies() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EntenteException(EntenteException.Kind.INTERNAL, "cannot write JSON: " + e, e);
    }
  }

  /** JSON text made elsewhere ({@code EventJson}, the analysis's renderer), kept as it is. */
  static RawValue raw(String json) {
    return new RawValue(json);
  }

  static void send(Context ctx, Object value) {
    ctx.contentType(JSON).result(write(value));
  }

  static void sendText(Context ctx, String json) {
    ctx.contentType(JSON).result(json);
  }

  /**
   * The request body, read up to {@code max} bytes: a longer one is refused with 413 whether or not
   * it announced its length.
   */
  static byte[] body(Context ctx, long max) {
    long announced = ctx.req().getContentLengthLong();
    if (announced > max) {
      throw tooLarge(max);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge(max);
      }
      return bytes;
    } catch (IOException e) {
      throw EntenteException.userError("the request body could not be read: %s", e.getMessage());
    }
  }

  private static ContentTooLargeResponse tooLarge(long max) {
    return new ContentTooLargeResponse(
        String.format(
            "the request body is larger than the %,d bytes this server accepts; send fewer"
                + " documents per request",
            max));
  }
}
