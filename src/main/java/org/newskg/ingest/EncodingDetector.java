package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.newskg.InvalidInputException;

/**
 * Detects the encoding of a news file: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), else strict UTF-8,
 * else strict GB18030 (a superset of GBK and GB2312). Nothing is ever decoded with replacement characters:
 * bytes that are valid in none of these make the file (or line) invalid.
 */
public final class EncodingDetector {
    /** GB18030 covers GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** Message for bytes that decode in no supported encoding. */
    public static final String INVALID = "invalid byte sequence (not UTF-8, GB18030 or UTF-16)";
    /** How many leading bytes are looked at to decide whether a file is binary. */
    static final int SNIFF_BYTES = 8192;

    /**
     * An encoding and the length of the byte-order mark that announced it (0 when there is none).
     *
     * @param charset   the charset to decode with
     * @param bomLength bytes to skip at the start of the file
     */
    public record Detected(Charset charset, int bomLength) {
        public Detected {
            if (charset == null) throw new IllegalArgumentException("charset of a detected encoding");
            if (bomLength < 0 || bomLength > 3) throw new IllegalArgumentException("bad BOM length " + bomLength);
        }

        /** Bytes per code unit: 2 for UTF-16, 1 otherwise. */
        public int unitWidth() {
            return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
        }
    }

    private EncodingDetector() {
    }

    /** The encoding announced by a byte-order mark at the start of {@code bytes}, or null when there is none. */
    public static Detected fromBom(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /**
     * Whether the first bytes look like a binary file: a NUL byte, or more than 1 in 20 control characters
     * other than tab, line feed, form feed, carriage return and escape. Files with a UTF-16 byte-order mark
     * are text (their NUL bytes are halves of code units).
     */
    public static boolean looksBinary(byte[] bytes, int length) {
        Detected bom = fromBom(bytes, length);
        if (bom != null && bom.unitWidth() == 2) return false;
        int n = Math.min(length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) control++;
        }
        return n > 0 && control * 20 > n;
    }

    /**
     * Decodes a whole file: BOM, else strict UTF-8, else strict GB18030.
     *
     * @param where file name for the error message
     * @throws InvalidInputException when the bytes are binary or valid in none of the encodings
     */
    public static String decode(byte[] bytes, String where) {
        if (looksBinary(bytes, bytes.length)) throw new InvalidInputException(where, "binary file (NUL bytes or control characters)");
        Detected bom = fromBom(bytes, bytes.length);
        if (bom != null) {
            try {
                return decodeStrict(bytes, bom.bomLength(), bytes.length - bom.bomLength(), bom.charset());
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(where, "invalid byte sequence for " + bom.charset().name() + " (after its byte-order mark)");
            }
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            try {
                return decodeStrict(bytes, 0, bytes.length, cs);
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new InvalidInputException(where, INVALID);
    }

    /**
     * Chooses the encoding of a streamed file from its first bytes. The prefix may end inside a character.
     * When the prefix is not clean in any encoding, the encoding in which most of its lines decode wins,
     * so that one bad line does not condemn (or mis-decode) a whole file; the bad lines are reported later.
     *
     * @throws InvalidInputException when no encoding decodes even most of the lines of the prefix
     */
    public static Detected detectPrefix(byte[] prefix, int length, String where) {
        Detected bom = fromBom(prefix, length);
        if (bom != null) return bom;
        if (decodesPrefix(prefix, length, StandardCharsets.UTF_8)) return new Detected(StandardCharsets.UTF_8, 0);
        // Vote among the complete non-ASCII lines: GBK text is almost never valid UTF-8, while UTF-8 text
        // often passes as (garbled) GB18030, so UTF-8 wins when most such lines are valid UTF-8.
        int[] votes = voteLines(prefix, length);
        int nonAscii = votes[0];
        if (nonAscii > 0 && votes[1] * 2 > nonAscii) return new Detected(StandardCharsets.UTF_8, 0);
        if (decodesPrefix(prefix, length, GB18030) || (nonAscii > 0 && votes[2] * 2 > nonAscii)) {
            return new Detected(GB18030, 0);
        }
        throw new InvalidInputException(where, INVALID);
    }

    /** Decodes {@code len} bytes strictly (malformed or unmappable input is an error). */
    public static String decodeStrict(byte[] bytes, int off, int len, Charset cs) throws CharacterCodingException {
        return strictDecoder(cs).decode(ByteBuffer.wrap(bytes, off, len)).toString();
    }

    /** A decoder that reports malformed and unmappable input instead of replacing it. */
    public static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether a prefix decodes cleanly; a character cut at the end of the prefix is not an error. */
    private static boolean decodesPrefix(byte[] prefix, int length, Charset cs) {
        CharsetDecoder dec = strictDecoder(cs);
        ByteBuffer in = ByteBuffer.wrap(prefix, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = dec.decode(in, out, false);
            if (r.isError()) return false;
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return true; // underflow: all consumed, or an incomplete character at the end
        }
    }

    /** For the complete non-ASCII lines of a prefix: {how many, how many are valid UTF-8, how many valid GB18030}. */
    private static int[] voteLines(byte[] prefix, int length) {
        int[] votes = new int[3];
        int start = 0;
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if ((prefix[i] & 0x80) != 0) ascii = false;
            if (prefix[i] != '\n') continue;
            if (!ascii) {
                votes[0]++;
                if (isClean(prefix, start, i - start, StandardCharsets.UTF_8)) votes[1]++;
                if (isClean(prefix, start, i - start, GB18030)) votes[2]++;
            }
            start = i + 1;
            ascii = true;
        }
        return votes;
    }

    private static boolean isClean(byte[] bytes, int off, int len, Charset cs) {
        try {
            decodeStrict(bytes, off, len, cs);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
