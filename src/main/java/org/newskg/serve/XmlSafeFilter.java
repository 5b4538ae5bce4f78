package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Keeps XML responses well-formed whatever the store holds: in a response whose media type is XML
 * ({@code application/sparql-results+xml}, {@code application/rdf+xml}, GraphML, GEXF, any {@code ...+xml} or
 * {@code .../xml}), every character XML 1.0 forbids — the C0 controls but tab, line feed and carriage return, and
 * U+FFFE / U+FFFF — is written as U+FFFD instead (one character for one, so UTF-16 offsets such as
 * {@code nk:beginIndex} still line up). The store is not changed; JSON, CSV and TSV escape or carry these characters
 * as they are. XML responses are UTF-8 here (Fuseki, the exports), where these characters are single bytes or the
 * sequences EF BF BE / EF BF BF, so the filter works on bytes. Numeric character references to them
 * ({@code &#x0000;}, {@code &#1;}, as Jena's XML writers escape controls) become {@code &#xFFFD;}.
 */
final class XmlSafeFilter implements Filter {
    static final char REPLACEMENT = '\uFFFD';

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Wrapper w = new Wrapper((HttpServletResponse) response);
        try {
            chain.doFilter(request, w);
        } finally {
            w.finish();
        }
    }

    static boolean isXml(String contentType) {
        if (contentType == null) return false;
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        if (semi >= 0) t = t.substring(0, semi);
        t = t.strip();
        return t.endsWith("/xml") || t.endsWith("+xml");
    }

    /** Replaces the bytes of characters illegal in XML 1.0 (UTF-8) by the bytes of U+FFFD. */
    static final class SafeStream extends OutputStream {
        private static final byte[] FFFD = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
        private final OutputStream out;
        private int pending; // 0, 1 (EF seen) or 2 (EF BF seen)
        /** A character reference being read ("&#...", at most 12 bytes), or null. */
        private ByteArrayOutputStream ref;
        private boolean closed;

        SafeStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            b &= 0xFF;
            if (ref != null) {
                reference(b);
                return;
            }
            if (pending == 0 && b == '&') {
                ref = new ByteArrayOutputStream();
                ref.write(b);
                return;
            }
            if (pending == 1) {
                if (b == 0xBF) {
                    pending = 2;
                    return;
                }
                pending = 0;
                out.write(0xEF);
            } else if (pending == 2) {
                pending = 0;
                if (b == 0xBE || b == 0xBF) {
                    out.write(FFFD);
                    return;
                }
                out.write(0xEF);
                out.write(0xBF);
            }
            if (b == 0xEF) {
                pending = 1;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                out.write(FFFD);
            } else {
                out.write(b);
            }
        }

        /**
         * Inside "&...": a numeric character reference to a character XML forbids (Jena's XML writers escape
         * controls as {@code &#x0000;}, which is just as ill-formed) becomes {@code &#xFFFD;}; any other text is
         * written as it came.
         */
        private void reference(int b) throws IOException {
            ref.write(b);
            byte[] r = ref.toByteArray();
            String s = new String(r, StandardCharsets.ISO_8859_1);
            boolean prefix = s.equals("&") || s.equals("&#") || s.matches("&#[xX]?[0-9a-fA-F]{0,8}");
            if (prefix && r.length <= 12) return;
            ref = null;
            if (s.matches("&#[xX][0-9a-fA-F]{1,8};|&#[0-9]{1,8};")) {
                boolean hex = s.charAt(2) == 'x' || s.charAt(2) == 'X';
                long cp = Long.parseLong(s.substring(hex ? 3 : 2, s.length() - 1), hex ? 16 : 10);
                boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                out.write(legal ? r : "&#xFFFD;".getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            // not a numeric reference: the bytes before the last go out as they are, the last is read afresh
            out.write(r, 0, r.length - 1);
            write(b);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            // fast path: copy runs of ordinary bytes
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                int b = buf[i] & 0xFF;
                if (pending == 0 && ref == null && b >= 0x20 && b != 0xEF && b != '&') continue;
                if (pending == 0 && ref == null && (b == '\t' || b == '\n' || b == '\r')) continue;
                if (i > start) out.write(buf, start, i - start);
                write(b);
                start = i + 1;
            }
            if (end > start) out.write(buf, start, end - start);
        }

        void drain() throws IOException {
            if (ref != null) {
                out.write(ref.toByteArray());
                ref = null;
            }
            if (pending >= 1) out.write(0xEF);
            if (pending == 2) out.write(0xBF);
            pending = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            drain();
            out.close();
        }
    }

    private static final class Wrapper extends HttpServletResponseWrapper {
        private ServletOutputStream stream;
        private PrintWriter writer;
        private SafeStream safe;

        Wrapper(HttpServletResponse response) {
            super(response);
        }

        private boolean xml() {
            return isXml(getContentType());
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream != null) return stream;
            ServletOutputStream real = super.getOutputStream();
            if (!xml()) return stream = real;
            safe = new SafeStream(real);
            return stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return real.isReady();
                }

                @Override
                public void setWriteListener(WriteListener l) {
                    real.setWriteListener(l);
                }

                @Override
                public void write(int b) throws IOException {
                    safe.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    safe.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    safe.flush();
                }

                @Override
                public void close() throws IOException {
                    safe.close();
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer != null) return writer;
            if (!xml()) return writer = super.getWriter();
            String cs = getCharacterEncoding();
            if (cs != null && !cs.equalsIgnoreCase("utf-8")) setCharacterEncoding("UTF-8");
            return writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }

        // a length set before the body may no longer hold once characters are replaced
        @Override
        public void setContentLength(int len) {
            if (!xml()) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!xml()) super.setContentLengthLong(len);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!("Content-Length".equalsIgnoreCase(name) && xml())) super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!("Content-Length".equalsIgnoreCase(name) && xml())) super.addHeader(name, value);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) writer.flush();
            super.flushBuffer();
        }

        void finish() throws IOException {
            if (writer != null) writer.flush();
            if (safe != null && !safe.closed) {
                try {
                    safe.drain();
                    safe.flush();
                } catch (IOException e) {
                    // the client has gone; nothing left to keep well-formed
                }
            }
        }
    }
}
