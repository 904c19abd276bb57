package org.anomalyworkbench.core.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.anomalyworkbench.core.data.PreparedData;

/** SHA-256 of a prepared matrix and its feature names, recorded in provenance. */
final class DataHash {
  private DataHash() {
  }

  static String of(PreparedData data) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String name : data.featureNames()) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      float[] v = data.values();
      ByteBuffer buf = ByteBuffer.allocate(8192 * 4);
      for (int i = 0; i < v.length; i += 8192) {
        buf.clear();
        int end = Math.min(v.length, i + 8192);
        for (int j = i; j < end; j++) {
          buf.putFloat(v[j]);
        }
        buf.flip();
        md.update(buf);
      }
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
