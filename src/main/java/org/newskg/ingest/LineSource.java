package org.newskg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.newskg.InvalidInputException;

/**
 * Streams the lines of a file, decoding each one strictly on its own, so that a line with bad bytes is
 * reported with its number and the lines after it are still read. Only one line is held in memory.
 * Line feeds end lines (a carriage return before one is dropped); in UTF-16 they are whole code units.
 */
final class LineSource implements AutoCloseable {
    private final InputStream in;
    private final EncodingDetector.Detected encoding;
    private final String file;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private int lineNumber;
    private boolean eof;

    /** @param in a stream positioned after the byte-order mark (if any) */
    LineSource(InputStream in, EncodingDetector.Detected encoding, String file) {
        this.in = in;
        this.encoding = encoding;
        this.file = file;
    }

    /** 1-based number of the line last returned (or that failed to decode). */
    int lineNumber() {
        return lineNumber;
    }

    /**
     * The next line, without its line ending, or null at the end of the file.
     *
     * @throws InvalidInputException ({@code file:line}) when the line's bytes do not decode; the source
     *                               stays usable and the next call returns the following line
     */
    String next() {
        if (eof) return null;
        buf.reset();
        boolean any = false;
        try {
            int width = encoding.unitWidth();
            boolean little = encoding.charset().equals(StandardCharsets.UTF_16LE);
            while (true) {
                if (pos + width > limit && !fill(width)) {
                    if (pos < limit) { // an odd trailing byte in UTF-16: keep it so that decoding reports it
                        buf.write(chunk, pos, limit - pos);
                        pos = limit;
                        any = true;
                    }
                    eof = true;
                    break;
                }
                any = true;
                if (width == 1) {
                    int nl = pos;
                    while (nl < limit && chunk[nl] != '\n') nl++;
                    buf.write(chunk, pos, nl - pos);
                    boolean found = nl < limit;
                    pos = found ? nl + 1 : nl;
                    if (found) break;
                } else {
                    int b1 = chunk[pos] & 0xFF;
                    int b2 = chunk[pos + 1] & 0xFF;
                    pos += 2;
                    int unit = little ? (b1 | b2 << 8) : (b1 << 8 | b2);
                    if (unit == '\n') break;
                    buf.write(b1);
                    buf.write(b2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ":" + (lineNumber + 1) + ": cannot read", e);
        }
        if (!any) return null;
        lineNumber++;
        byte[] bytes = buf.toByteArray();
        String line;
        try {
            line = EncodingDetector.decodeStrict(bytes, 0, bytes.length, encoding.charset());
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ":" + lineNumber,
                    "invalid byte sequence for " + encoding.charset().name());
        }
        if (line.indexOf('\0') >= 0)
            throw new InvalidInputException(file + ":" + lineNumber, "NUL byte in the line (binary data, not text)");
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Refills the chunk keeping unread bytes; false when fewer than {@code width} bytes are left in the file. */
    private boolean fill(int width) throws IOException {
        int left = limit - pos;
        System.arraycopy(chunk, pos, chunk, 0, left);
        pos = 0;
        limit = left;
        while (limit < width) {
            int n = in.read(chunk, limit, chunk.length - limit);
            if (n < 0) return false;
            limit += n;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
