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
    private int lineNumber;
    private boolean eof;

    /** @param in a buffered stream positioned after the byte-order mark (if any) */
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
            if (encoding.unitWidth() == 1) {
                int b;
                while ((b = in.read()) != -1) {
                    any = true;
                    if (b == '\n') break;
                    buf.write(b);
                }
                if (b == -1) eof = true;
            } else {
                boolean little = encoding.charset().equals(StandardCharsets.UTF_16LE);
                while (true) {
                    int b1 = in.read();
                    if (b1 == -1) {
                        eof = true;
                        break;
                    }
                    int b2 = in.read();
                    any = true;
                    if (b2 == -1) { // an odd trailing byte: keep it so that decoding reports it
                        buf.write(b1);
                        eof = true;
                        break;
                    }
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
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
