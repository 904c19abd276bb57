package org.anomalyworkbench.core.detector.iforest;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Big-endian int arrays with a length prefix, for model file entries. */
final class IntCodec {
  private IntCodec() {
  }

  static byte[] encode(int[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * values.length);
    b.putInt(values.length);
    b.asIntBuffer().put(values);
    return b.array();
  }

  static int[] decode(byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < 4) {
      throw new IOException("int array entry is truncated");
    }
    int n = b.getInt();
    if (n < 0 || bytes.length != 4 + 4L * n) {
      throw new IOException("int array entry has " + bytes.length + " bytes, expected " + (4 + 4L * n));
    }
    int[] out = new int[n];
    b.asIntBuffer().get(out);
    return out;
  }
}
