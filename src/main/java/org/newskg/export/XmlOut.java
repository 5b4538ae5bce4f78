package org.newskg.export;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter} that (1) replaces characters XML 1.0 cannot carry (C0 controls other
 * than tab/LF/CR, U+FFFE, U+FFFF, unpaired surrogates) by U+FFFD, (2) keeps tab, LF and CR in attribute values and
 * CR in text as character references (the JDK writer leaves them raw, and parsers normalise raw ones to spaces or
 * LF), and (3) indents element-only content when asked.
 *
 * <p>For (2) it writes a marker U+FFFF plus a letter through the stream writer; a filter below turns the pair into
 * {@code &#9;}, {@code &#10;} or {@code &#13;}. U+FFFF never survives (1), so the marker is unambiguous.
 */
final class XmlOut {
    private static final char MARK = '\uFFFF';
    private static final String[] INDENTS = new String[12];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = "\n" + "  ".repeat(i);
        }
    }

    private final XMLStreamWriter xml;
    private final Writer sink;
    private final Writer filter;
    private final boolean indent;
    private int depth;
    private boolean elementOnly = true;
    private boolean justStarted;

    XmlOut(OutputStream out, boolean indent) throws IOException {
        this.filter = new CharRefFilter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.sink = new BufferedWriter(filter, 1 << 16);
        this.indent = indent;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(sink);
        } catch (XMLStreamException e) {
            throw new IOException("cannot create XML writer", e);
        }
    }

    void document() throws IOException {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Starts an element that may have child elements. */
    void start(String name) throws IOException {
        try {
            newline();
            xml.writeStartElement(name);
            depth++;
            elementOnly = true;
            justStarted = true;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Starts a prefixed element, e.g. yEd's {@code y:ShapeNode}. */
    void start(String prefix, String name, String namespace) throws IOException {
        try {
            newline();
            xml.writeStartElement(prefix, name, namespace);
            depth++;
            elementOnly = true;
            justStarted = true;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Writes an element without content; its attributes follow. */
    void leaf(String name) throws IOException {
        try {
            newline();
            xml.writeEmptyElement(name);
            justStarted = false;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Writes a prefixed element without content; its attributes follow. */
    void leaf(String prefix, String name, String namespace) throws IOException {
        try {
            newline();
            xml.writeEmptyElement(prefix, name, namespace);
            justStarted = false;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    void namespace(String prefix, String uri) throws IOException {
        try {
            if (prefix == null) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Writes an attribute of the element just started; null values are skipped. */
    void attr(String name, String value) throws IOException {
        if (value == null) {
            return;
        }
        try {
            xml.writeAttribute(name, escape(value, true));
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    void attr(String prefix, String namespace, String name, String value) throws IOException {
        try {
            xml.writeAttribute(prefix, namespace, name, escape(value, true));
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Writes text content of the element just started; its end tag then follows without indentation. */
    void text(String value) throws IOException {
        try {
            xml.writeCharacters(escape(value, false));
            elementOnly = false;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    void end() throws IOException {
        try {
            depth--;
            if (elementOnly && !justStarted) {
                newline();
            }
            xml.writeEndElement();
            elementOnly = true;
            justStarted = false;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Closes all open elements, ends the document and flushes. */
    void finish() throws IOException {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeEndDocument();
            sink.write('\n');
            xml.flush();
            sink.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    void flush() throws IOException {
        try {
            xml.flush();
            sink.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private void newline() throws XMLStreamException {
        if (indent) {
            xml.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
        }
    }

    /**
     * Replaces what XML 1.0 forbids by U+FFFD and marks the characters that must become references.
     */
    static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = null;
            if (c == '\t' || c == '\n') {
                r = attribute ? "" + MARK + (c == '\t' ? 't' : 'n') : null;
            } else if (c == '\r') {
                r = "" + MARK + 'r';
            } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                r = "\uFFFD";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                r = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                r = "\uFFFD";
            }
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static IOException io(XMLStreamException e) {
        return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    /** Turns MARK + t/n/r into a character reference; passes everything else through. */
    private static final class CharRefFilter extends FilterWriter {
        private boolean marked;

        CharRefFilter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (marked) {
                marked = false;
                out.write(switch (c) {
                    case 't' -> "&#9;";
                    case 'n' -> "&#10;";
                    case 'r' -> "&#13;";
                    default -> throw new IllegalStateException("bad XML marker " + c);
                });
            } else if (c == MARK) {
                marked = true;
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            int stop = off + len;
            for (int i = off; i < stop; i++) {
                if (marked || buf[i] == MARK) {
                    out.write(buf, start, i - start);
                    write(buf[i]);
                    start = i + 1;
                }
            }
            out.write(buf, start, stop - start);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }
    }
}
