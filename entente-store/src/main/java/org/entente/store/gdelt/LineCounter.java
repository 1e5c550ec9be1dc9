package org.entente.store.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts the lines of a stream eight bytes at a time, optionally copying it on the way (to unpack a
 * zip entry and count it in one pass). A last line without a line break counts too.
 */
final class LineCounter {

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

  private LineCounter() {}

  static long count(InputStream in, OutputStream copy) throws IOException {
    byte[] buffer = new byte[1 << 20];
    ByteBuffer words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    long lines = 0;
    byte last = '\n';
    int read;
    while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
      if (copy != null) {
        copy.write(buffer, 0, read);
      }
      int i = 0;
      for (; i + 8 <= read; i += 8) {
        lines += zeroBytes(words.getLong(i) ^ NEWLINES);
      }
      for (; i < read; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
      last = buffer[read - 1];
    }
    return last == '\n' ? lines : lines + 1;
  }

  /** The number of zero bytes in a word, exactly (no carries between bytes). */
  private static int zeroBytes(long word) {
    long high = ((word & LOW_SEVEN) + LOW_SEVEN) | word | LOW_SEVEN;
    return Long.bitCount(~high);
  }
}
