package org.newskg.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.newskg.InvalidInputException;

/**
 * The binary image format of a {@link Gazetteer}: a magic word, a format version, then counts and primitive arrays,
 * little-endian. Arrays are copied in bulk, so reading costs about what copying the bytes costs.
 */
final class Image {
    private static final byte[] MAGIC = "NKGAZ".getBytes(StandardCharsets.US_ASCII);
    /** Raise when the layout changes; an image of another version is refused, not misread. */
    static final int VERSION = 2;

    private Image() {}

    /**
     * All bytes of the stream, read straight into one array when the stream knows its length (a jar entry does), so
     * tens of megabytes are not copied twice.
     */
    static byte[] readAll(InputStream in) throws IOException {
        int expected = in.available();
        if (expected <= 0) return in.readAllBytes();
        byte[] data = new byte[expected];
        int n = in.readNBytes(data, 0, expected);
        if (n < expected) return Arrays.copyOf(data, n);
        byte[] rest = in.readAllBytes();
        if (rest.length == 0) return data;
        byte[] all = Arrays.copyOf(data, n + rest.length);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    /** Appends sections to a growing buffer. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

        Writer() {
            out.writeBytes(MAGIC);
            count(VERSION);
        }

        private ByteBuffer buffer(int bytes) {
            return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        private Writer put(ByteBuffer b) {
            out.write(b.array(), 0, b.capacity());
            return this;
        }

        Writer count(int n) {
            if (n < 0) throw new IllegalArgumentException("negative count " + n);
            return put(buffer(4).putInt(n));
        }

        Writer bytes(byte[] a) {
            out.write(a, 0, a.length);
            return this;
        }

        Writer ints(int[] a) {
            ByteBuffer b = buffer(a.length * 4);
            b.asIntBuffer().put(a);
            return put(b);
        }

        Writer longs(long[] a) {
            ByteBuffer b = buffer(a.length * 8);
            b.asLongBuffer().put(a);
            return put(b);
        }

        Writer chars(char[] a) {
            ByteBuffer b = buffer(a.length * 2);
            b.asCharBuffer().put(a);
            return put(b);
        }

        void writeTo(OutputStream target) throws IOException {
            out.writeTo(target);
        }
    }

    /** Reads sections in the order they were written; every read checks that the data holds it. */
    static final class Reader {
        private final ByteBuffer in;
        private final String where;

        Reader(byte[] data, String where) {
            this.in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            this.where = where;
            for (byte m : MAGIC)
                if (!in.hasRemaining() || in.get() != m) throw new InvalidInputException(where, "not a gazetteer image");
            int version = count();
            if (version != VERSION)
                throw new InvalidInputException(where, "gazetteer image version " + version + ", expected " + VERSION
                        + " (rebuild: mvn package)");
        }

        private void need(long bytes) {
            if (bytes > in.remaining())
                throw new InvalidInputException(where, "gazetteer image cut short at byte " + in.position());
        }

        int count() {
            need(4);
            int n = in.getInt();
            if (n < 0) throw new InvalidInputException(where, "negative count at byte " + (in.position() - 4));
            return n;
        }

        byte[] bytes(int n) {
            need(n);
            byte[] a = new byte[n];
            in.get(a);
            return a;
        }

        int[] ints(int n) {
            need(4L * n);
            int[] a = new int[n];
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * n);
            return a;
        }

        long[] longs(int n) {
            need(8L * n);
            long[] a = new long[n];
            in.asLongBuffer().get(a);
            in.position(in.position() + 8 * n);
            return a;
        }

        char[] chars(int n) {
            need(2L * n);
            char[] a = new char[n];
            in.asCharBuffer().get(a);
            in.position(in.position() + 2 * n);
            return a;
        }

        /** Checks that the whole image was read. */
        void end() {
            if (in.hasRemaining())
                throw new InvalidInputException(where, in.remaining() + " bytes after the end of the gazetteer image");
        }
    }
}
