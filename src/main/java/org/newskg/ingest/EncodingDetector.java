package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;
import org.newskg.InvalidInputException;

/**
 * Detects the encoding of a news file. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides; else strict UTF-8 when
 * the bytes are valid UTF-8; else the statistical detector of juniversalchardet (Mozilla's universal charset
 * detector: GB18030/GBK, Big5 and others by character frequencies); else, in turn, GB18030, Big5, and UTF-16LE/BE
 * without a byte-order mark. Every candidate must decode strictly (nothing is ever decoded with replacement characters)
 * and the text must be {@linkplain #implausibility plausible for Chinese news}: Big5 bytes decode as GB18030 without
 * error, but as a text of rare characters, symbols and kana, which is refused for Big5.
 * A text that decodes in some encoding but is implausible in every one is reported, not stored.
 */
public final class EncodingDetector {
    /** GB18030 covers GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** Big5 (traditional Chinese; Java's Big5 table). */
    public static final Charset BIG5 = Charset.forName("Big5");
    /** Message for bytes that decode in no supported encoding. */
    public static final String INVALID = "invalid byte sequence (not UTF-8, GB18030, Big5 or UTF-16)";
    /** Message prefix for a text that decodes but is not plausible Chinese news in any encoding. */
    public static final String IMPLAUSIBLE = "text implausible for Chinese news";
    /** How many leading bytes are looked at to decide whether a file is binary by its control characters. */
    static final int SNIFF_BYTES = 8192;
    /** Characters looked at to judge plausibility. */
    private static final int SAMPLE_CHARS = 64 * 1024;
    /** A text is implausible when more than this share of its characters is odd (see {@link #implausibility}). */
    private static final double MAX_ODD = 0.05;
    /** … or when fewer than this share of its Chinese characters are common ones. */
    private static final double MIN_COMMON_HAN = 0.80;

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
     * are text (their NUL bytes are halves of code units). UTF-16 without a byte-order mark is told apart by
     * {@link #decode} and {@link #detectPrefix}, which call this only for the other encodings.
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

    /** Index of the first NUL byte in {@code bytes[0, length)}, or -1: the whole file, not only its first bytes. */
    static int indexOfNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    /**
     * Decodes a whole file.
     *
     * @param where file name for the error message
     * @throws InvalidInputException when the bytes are binary (a NUL byte anywhere, outside UTF-16), valid in no
     *                               encoding, or valid only as a text implausible for Chinese news
     */
    public static String decode(byte[] bytes, String where) {
        Detected d = detect(bytes, bytes.length, false, where);
        String text;
        try {
            text = decodeStrict(bytes, d.bomLength(), bytes.length - d.bomLength(), d.charset());
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(where, d.bomLength() > 0
                    ? "invalid byte sequence for " + d.charset().name() + " (after its byte-order mark)" : INVALID);
        }
        if (d.unitWidth() == 2 && text.indexOf('\0') >= 0)
            throw new InvalidInputException(where, "binary file (NUL characters in " + d.charset().name() + " text)");
        return text;
    }

    /**
     * Chooses the encoding of a streamed file from its first bytes. The prefix may end inside a character.
     * When the prefix is not clean in any encoding, the encoding in which most of its lines decode wins,
     * so that one bad line does not condemn (or mis-decode) a whole file; the bad lines are reported later.
     *
     * @throws InvalidInputException when the prefix is binary, or no encoding decodes even most of its lines
     *                               into plausible text
     */
    public static Detected detectPrefix(byte[] prefix, int length, String where) {
        return detect(prefix, length, true, where);
    }

    /** See {@link #decode} and {@link #detectPrefix}; {@code prefix}: the bytes may end inside a character. */
    private static Detected detect(byte[] bytes, int length, boolean prefix, String where) {
        Detected bom = fromBom(bytes, length);
        if (bom != null) return bom;
        boolean nul = indexOfNul(bytes, length) >= 0;
        if (nul) { // UTF-16 without a byte-order mark (ASCII characters and line feeds carry a NUL byte), or binary
            Detected u16 = utf16(bytes, length, prefix);
            if (u16 != null) return u16;
            throw new InvalidInputException(where, "binary file (NUL bytes or control characters)");
        }
        if (looksBinary(bytes, length)) throw new InvalidInputException(where, "binary file (NUL bytes or control characters)");
        String utf8 = decodeOrNull(bytes, length, StandardCharsets.UTF_8, prefix);
        if (utf8 != null && implausibility(utf8) == null) return new Detected(StandardCharsets.UTF_8, 0);
        if (prefix && utf8 == null) {
            // Vote among the complete non-ASCII lines: GBK text is almost never valid UTF-8, while UTF-8 text
            // often passes as (garbled) GB18030, so UTF-8 wins when most such lines are valid UTF-8.
            int[] votes = voteLines(bytes, length);
            if (votes[0] > 0 && votes[1] * 2 > votes[0]) return new Detected(StandardCharsets.UTF_8, 0);
        }
        String why = utf8 == null ? null : implausibility(utf8);
        Charset implausibleIn = utf8 == null ? null : StandardCharsets.UTF_8;
        for (Charset cs : candidates(bytes, length)) {
            String text = decodeOrNull(bytes, length, cs, prefix);
            if (text == null) continue;
            String odd = implausibility(text);
            if (odd == null) return new Detected(cs, 0);
            if (why == null) {
                why = odd;
                implausibleIn = cs;
            }
        }
        if (prefix) { // most lines of a prefix in one encoding: its bad lines are reported one by one later
            int[] votes = voteLines(bytes, length);
            if (votes[0] > 0 && votes[2] * 2 > votes[0]) return new Detected(GB18030, 0);
        }
        if (why != null) throw new InvalidInputException(where, IMPLAUSIBLE + " (as " + implausibleIn.name() + ": " + why + ")");
        throw new InvalidInputException(where, INVALID);
    }

    /** The encodings to try after UTF-8: the library's guess first, then GB18030 and Big5. */
    private static List<Charset> candidates(byte[] bytes, int length) {
        Set<Charset> out = new LinkedHashSet<>();
        Charset guess = libraryGuess(bytes, length);
        if (guess != null) out.add(guess);
        out.add(GB18030);
        out.add(BIG5);
        out.remove(StandardCharsets.UTF_8); // tried already
        return new ArrayList<>(out);
    }

    /** juniversalchardet's guess among the encodings this reader supports, or null. */
    static Charset libraryGuess(byte[] bytes, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) return null;
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "GB18030", "GBK", "GB2312", "EUC-CN", "HZ-GB-2312" -> GB18030; // GB18030 decodes GBK and GB2312
            case "BIG5", "BIG5-HKSCS" -> BIG5;
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "UTF-16LE" -> StandardCharsets.UTF_16LE;
            case "UTF-16BE" -> StandardCharsets.UTF_16BE;
            default -> null; // Japanese, Korean, Cyrillic, Latin …: not Chinese news
        };
    }

    /**
     * UTF-16 without a byte-order mark, for bytes with NUL bytes: the byte order whose NUL bytes fall on the high
     * halves of the code units and whose text is plausible; null when neither is.
     */
    private static Detected utf16(byte[] bytes, int length, boolean prefix) {
        int even = 0, odd = 0;
        for (int i = 0; i < length; i++) if (bytes[i] == 0) { if ((i & 1) == 0) even++; else odd++; }
        Charset order = odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE; // "a\0" is LE, "\0a" BE
        String text = decodeOrNull(bytes, prefix ? length & ~1 : length, order, prefix);
        if (text == null || implausibility(text) != null) return null;
        return new Detected(order, 0);
    }

    /** The text of the bytes in {@code cs}, or null when they are not valid in it (a cut last character allowed for a prefix). */
    private static String decodeOrNull(byte[] bytes, int length, Charset cs, boolean prefix) {
        CharsetDecoder dec = strictDecoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) length + 16));
        CoderResult r = dec.decode(in, out, !prefix);
        if (r.isError()) return null;
        if (!prefix) {
            if (dec.flush(out).isError()) return null;
        } else if (in.remaining() > 4) {
            return null; // more than a cut character left over
        }
        out.flip();
        return out.toString();
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

    /** Common Chinese characters: the GB2312 set (simplified) and Big5's frequent-character block (traditional). */
    private static final BitSet COMMON_HAN = commonHan();

    private static BitSet commonHan() {
        BitSet common = new BitSet(0x10000);
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CharsetEncoder big5 = BIG5.newEncoder();
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            if (gb2312.canEncode(c)) {
                common.set(c);
                continue;
            }
            try {
                ByteBuffer b = big5.encode(CharBuffer.wrap(new char[] {c}));
                int code = (b.get(0) & 0xFF) << 8 | (b.get(1) & 0xFF);
                if (b.remaining() == 2 && code >= 0xA440 && code <= 0xC67E) common.set(c); // Big5 常用字
            } catch (CharacterCodingException e) {
                // not in Big5
            }
            big5.reset();
        }
        return common;
    }

    /**
     * Why a decoded text is implausible as Chinese news, or null when it is plausible. Looked at: the first
     * {@value #SAMPLE_CHARS} characters. Odd characters — replacement characters, control characters other than
     * tab, line feed, form feed and carriage return, private-use and unassigned code points, characters outside the
     * basic plane, kana, Hangul, Greek, Cyrillic, box drawing and other symbols a mis-decoding produces — must be at
     * most 5 % of the characters; and when the text has Chinese characters, at least 80 % of them must be common ones
     * (GB2312, or Big5's frequent block), where a mis-decoded text is mostly rare characters.
     */
    public static String implausibility(CharSequence text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int chars = 0, odd = 0, han = 0, commonHan = 0, replacement = 0, control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            chars++;
            if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
                if (COMMON_HAN.get(c)) commonHan++;
                continue;
            }
            if (c == 0xFFFD) replacement++;
            else if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : c >= 0x7F && c < 0xA0) control++;
            if (isOdd(c)) odd++;
        }
        if (chars == 0) return null;
        if (odd > chars * MAX_ODD) {
            String detail = replacement > 0 ? replacement + " replacement characters, " : "";
            detail += control > 0 ? control + " control characters, " : "";
            return String.format(Locale.ROOT, "%s%d%% odd characters", detail, Math.round(100.0 * odd / chars));
        }
        if (han >= 20 && commonHan < han * MIN_COMMON_HAN)
            return String.format(Locale.ROOT, "%d%% of its Chinese characters are rare ones", Math.round(100.0 * (han - commonHan) / han));
        return null;
    }

    private static boolean isOdd(char c) {
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        if (c < 0x7F) return false; // printable ASCII
        if (c < 0xA0) return true; // DEL and C1 controls
        if (c <= 0x24F) return false; // Latin-1 and Latin extended (names, ·, ×, é)
        if (c >= 0x2000 && c <= 0x206F) return false; // general punctuation: — … “ ”
        if (c >= 0x2100 && c <= 0x21FF) return false; // letterlike symbols, arrows: ℃ №
        if (c >= 0x2460 && c <= 0x24FF) return false; // enclosed numbers ①
        if (c >= 0x3000 && c <= 0x303F) return false; // CJK punctuation: 。、《》
        if (c >= 0x4E00 && c <= 0x9FFF) return false;
        if (c >= 0xFF00 && c <= 0xFFEF) return false; // full-width forms: ，（）：
        if (c == 0x00B7 || c == 0x2022 || c == 0x25A1 || c == 0x25CB || c == 0x25CF || c == 0x25A0 || c == 0x2605 || c == 0x2606)
            return false; // · • □ ○ ● ■ ★ ☆ (bylines and lists)
        if (c == 0xFEFF) return false; // a stray byte-order mark
        return true; // kana, Hangul, Greek, Cyrillic, box drawing, CJK extension A, private use, surrogates …
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

    /** Whether a character may stand in an XML 1.0 document (and so in the store's literals and SPARQL XML results). */
    public static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The text without the characters XML 1.0 does not allow (NUL, other C0 controls, unpaired surrogates, U+FFFE/F). */
    public static String stripXmlIllegal(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isXmlChar(c) || (Character.isSurrogate(s.charAt(i)) && Character.charCount(c) == 1)) break;
            i += Character.charCount(c);
        }
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            if (isXmlChar(c) && !(w == 1 && Character.isSurrogate(s.charAt(i)))) sb.appendCodePoint(c);
            i += w;
        }
        return sb.toString();
    }
}
