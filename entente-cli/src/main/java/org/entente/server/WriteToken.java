package org.entente.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.entente.core.EntenteException;

/**
 * The token a write ({@code POST}) must carry as {@code Authorization: Bearer TOKEN}: the value of
 * {@code ENTENTE_TOKEN} when set, else the one kept in a file beside the store ({@code
 * entente.duckdb.token}), made on first start from 32 random bytes and readable only by its owner.
 * No header is 401, another token 403; tokens are compared in constant time.
 */
public final class WriteToken {

  /** The environment variable that gives the token. */
  public static final String VARIABLE = "ENTENTE_TOKEN";

  private static final int RANDOM_BYTES = 32;

  private final String token;

  public WriteToken(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the token is blank");
    }
    this.token = token.strip();
  }

  public String value() {
    return token;
  }

  /** Where the token of the store at {@code db} is kept. */
  public static Path fileFor(Path db) {
    return db.resolveSibling(db.getFileName() + ".token");
  }

  /** What {@link #load} found: the token, and whether it was made just now (print it once). */
  public record Loaded(WriteToken token, Path file, boolean created) {}

  /**
   * The token from {@code fromEnvironment} when not blank, else from {@code file}, made there if
   * absent.
   */
  public static Loaded load(String fromEnvironment, Path file) {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new Loaded(new WriteToken(fromEnvironment), null, false);
    }
    try {
      if (Files.exists(file)) {
        return new Loaded(
            new WriteToken(Files.readString(file, StandardCharsets.UTF_8)), file, false);
      }
      byte[] random = new byte[RANDOM_BYTES];
      new SecureRandom().nextBytes(random);
      String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      write(file, made);
      return new Loaded(new WriteToken(made), file, true);
    } catch (FileAlreadyExistsException e) {
      return load(null, file); // another server made it meanwhile
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError(
          "the token file %s is empty; delete it to have a new token made, or set %s",
          file, VARIABLE);
    } catch (IOException e) {
      throw EntenteException.userError(
          "cannot keep the write token in %s (%s); set %s instead", file, e.getMessage(), VARIABLE);
    }
  }

  private static void write(Path file, String token) throws IOException {
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    boolean posix =
        file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
  }

  /** Lets the request through when it carries the token; 401 without one, 403 with another. */
  void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"entente\"");
      throw new UnauthorizedResponse(
          "writes need the server's token: send 'Authorization: Bearer TOKEN' (the token is "
              + VARIABLE
              + " or the file beside the store that entente serve named when it started)");
    }
    String given = header.strip();
    if (!given.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"entente\"");
      throw new UnauthorizedResponse(
          "the Authorization header is 'Bearer TOKEN', not another scheme");
    }
    byte[] offered = given.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(offered, token.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse(
          "the token is not this server's; check " + VARIABLE + " or the token file");
    }
  }
}
