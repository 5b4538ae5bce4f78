package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;

/** A network writer whose format is XML (GEXF, GraphML): the streaming {@link XmlOut}, closed and flushed alike. */
abstract class XmlNetworkWriter extends AbstractNetworkWriter {
    protected final XmlOut xml;

    XmlNetworkWriter(OutputStream out, ExportOptions options) throws IOException {
        super(options);
        this.xml = new XmlOut(out, options.indent());
    }

    /** Closes the open elements and flushes. */
    @Override
    void writeEnd() throws IOException {
        xml.finish();
    }

    @Override
    void flush() throws IOException {
        xml.flush();
    }
}
