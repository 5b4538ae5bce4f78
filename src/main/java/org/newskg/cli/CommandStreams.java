package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/**
 * Byte output over picocli's character streams ({@code spec.commandLine().getOut()}): writers of results that take an
 * {@link OutputStream} (Jena's result formatters, the network writers) write UTF-8 through it, so every command's
 * data goes to the stream picocli was given (stdout, or a test's buffer).
 */
final class CommandStreams {
    private CommandStreams() {}

    /** UTF-8 bytes decoded onto {@code out}; closing the stream flushes {@code out} but does not close it. */
    static OutputStream bytes(PrintWriter out) {
        try {
            return WriterOutputStream.builder().setWriter(new java.io.FilterWriter(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }).setCharset(StandardCharsets.UTF_8).setBufferSize(1 << 16).setWriteImmediately(false).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
