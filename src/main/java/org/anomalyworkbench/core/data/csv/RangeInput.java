package org.anomalyworkbench.core.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A byte range of a file as a {@link Reader}, so that each parser thread reads its own part
 * with positional reads. UTF-8 is decoded strictly (invalid bytes raise a
 * {@link java.nio.charset.MalformedInputException}, which makes the importer fall back to
 * Windows-1252); other charsets replace what they cannot map.
 */
final class RangeInput extends InputStream {
  private static final int BUFFER = 1 << 18;

  private final FileChannel channel;
  private final ProgressTracker progress;
  private long position;
  private final long end;

  private RangeInput(FileChannel channel, long start, long end, ProgressTracker progress) {
    this.channel = channel;
    this.position = start;
    this.end = end;
    this.progress = progress;
  }

  /** A reader over bytes {@code [start, end)} of {@code file}. */
  static Reader open(Path file, long start, long end, Charset charset, ProgressTracker progress)
      throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    InputStream bytes = new BufferedInputStream(new RangeInput(ch, start, end, progress), BUFFER);
    return new InputStreamReader(bytes, decoder(charset));
  }

  private static CharsetDecoder decoder(Charset charset) {
    CodingErrorAction onError = charset.equals(StandardCharsets.UTF_8)
        ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
    return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    long left = end - position;
    if (left <= 0) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
    if (n < 0) {
      return -1;
    }
    position += n;
    if (progress != null) {
      progress.add(n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
