package org.newskg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.newskg.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads news files into {@link Article}s: {@code .txt} (a page or one article), {@code .jsonl} and {@code .csv}
 * (one article per record, streamed), {@code .html}/{@code .htm} (one article). Folders are read recursively in
 * sorted order. Every bad item (file, line or record) goes to the skipped consumer with a one-line reason and
 * the batch goes on.
 */
public final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    /** Largest {@code .txt} or HTML file read whole. */
    static final long MAX_WHOLE_FILE = 64L << 20;
    /** Bytes looked at to detect the encoding of a streamed file. */
    static final int PREFIX_BYTES = 64 * 1024;

    private final IngestConfig config;

    public CorpusReader(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "ingest config");
    }

    /**
     * Reads files or folders (recursive, deterministic sorted order). Every good article goes to {@code out};
     * every bad item goes to {@code skipped} (file, or file:line, with a one-line reason) and the batch goes on.
     * An article whose id was already read in this call is skipped as a duplicate.
     */
    public void read(List<Path> paths, Consumer<Article> out, Consumer<Skipped> skipped) {
        Sink sink = new Sink(out, skipped);
        for (Path p : paths) {
            for (Path file : expand(p, sink)) readFile(file, sink);
        }
        LOG.info("read {} articles, skipped {} items", sink.articles, sink.skips);
    }

    /**
     * The files {@link #read} reads for {@code paths}, in its order (for a distributed ingest, which reads each file
     * with {@link #readFile} in a task of its own); a path that cannot be listed goes to {@code skipped} as there.
     */
    public static List<Path> files(List<Path> paths, Consumer<Skipped> skipped) {
        Sink sink = new Sink(a -> { }, skipped);
        List<Path> out = new ArrayList<>();
        for (Path p : paths) out.addAll(expand(p, sink));
        return out;
    }

    /**
     * Reads one file as {@link #read} reads it, named {@code where} in the articles and skip records, with duplicate
     * ids refused within the file only. {@code claims} (or null) sees every article offered before that check, with
     * whether its id was given by its record (true) or derived from the file name (false), and may refuse it with a
     * reason: a distributed ingest finds the duplicates across files from a first reading and refuses them in the
     * second ({@link #duplicateReason}), so the skip records are those of one {@link #read} of all the files.
     */
    public void readFile(Path file, String where, Consumer<Article> out, Consumer<Skipped> skipped, IdClaims claims) {
        Sink sink = new Sink(out, skipped);
        sink.claims = claims;
        readFile(file, where, sink);
    }

    /** Sees the articles a reader offers before its duplicate check ({@link #readFile(Path, String, Consumer, Consumer, IdClaims)}). */
    @FunctionalInterface
    public interface IdClaims {
        /** Null to let the article go on, or the reason to skip it. */
        String claim(Article article, boolean given);
    }

    /**
     * The reason an article is refused as a duplicate: its id was read before, or (for an id derived from the file
     * name) a file of the same name ({@code firstFile}, not null) was read before.
     */
    public static String duplicateReason(String id, String doc, String firstFile) {
        return "duplicate article id '" + id + "'" + (firstFile != null
                ? " (a file named '" + doc + "' was read before: " + firstFile + ")" : "");
    }

    /** A path's files: itself, or a folder's regular files (recursively, hidden entries left out) in sorted order. */
    private static List<Path> expand(Path p, Sink sink) {
        if (!Files.exists(p)) {
            sink.skip(p.toString(), "no such file or directory");
            return List.of();
        }
        if (!Files.isDirectory(p)) {
            if (Files.isRegularFile(p)) return List.of(p);
            sink.skip(p.toString(), "not a regular file");
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(p) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(f));
                    if (regular && !isHidden(f)) files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    sink.skip(f.toString(), "cannot read: " + oneLine(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.skip(p.toString(), "cannot list folder: " + oneLine(e));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path f) {
        Path name = f.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void readFile(Path file, Sink sink) {
        readFile(file, file.toString(), sink);
    }

    private void readFile(Path file, String where, Sink sink) {
        String name = file.getFileName() == null ? where : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        String doc = dot > 0 ? name.substring(0, dot) : name;
        int before = sink.articles + sink.skips;
        try {
            if (!Files.isReadable(file)) throw new InvalidInputException(where, "cannot read file (permission denied)");
            switch (ext) {
                case "txt" -> readText(file, where, doc, sink);
                case "jsonl" -> new JsonlReader(config, sink).read(file, where, doc);
                case "csv" -> new CsvReader(config, sink).read(file, where, doc);
                case "html", "htm" -> readHtml(file, where, doc, sink);
                default -> throw new InvalidInputException(where, "unknown file type '" + (ext.isEmpty() ? name : "." + ext)
                        + "' (expected .txt, .jsonl, .csv, .html or .htm)");
            }
            if (sink.articles + sink.skips == before) sink.skip(where, "no articles in file");
        } catch (InvalidInputException e) {
            sink.skip(e.where() == null ? where : e.where(), reason(e));
        } catch (NoSuchFileException e) {
            sink.skip(where, "no such file");
        } catch (AccessDeniedException e) {
            sink.skip(where, "cannot read file (permission denied)");
        } catch (IOException | UncheckedIOException e) {
            sink.skip(where, "cannot read file: " + oneLine(e));
        }
    }

    /** The message of an input exception without its {@code where:} prefix. */
    static String reason(InvalidInputException e) {
        String m = e.getMessage();
        String prefix = e.where() + ": ";
        return e.where() != null && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Reads a whole (bounded) file: not empty, not binary, decodable. */
    static String readWhole(Path file, String where) throws IOException {
        long size = Files.size(file);
        if (size == 0) throw new InvalidInputException(where, "empty file");
        if (size > MAX_WHOLE_FILE) throw new InvalidInputException(where, "file too large (" + size + " bytes) to read whole");
        String text = EncodingDetector.decode(Files.readAllBytes(file), where);
        if (PageSplitter.strip(text).isEmpty()) throw new InvalidInputException(where, "no text (only whitespace)");
        return text;
    }

    private void readText(Path file, String where, String doc, Sink sink) throws IOException {
        for (Article a : pageArticles(doc, readWhole(file, where), where)) sink.acceptDerived(a);
    }

    /**
     * The articles of a plain-text page exactly as a {@code .txt} file named {@code doc} gives them (split into
     * articles with headlines, bylines and datelines; ids {@code doc} or {@code doc-1}, {@code doc-2} …), for text
     * that is already in memory (the gold documents of an evaluation). The articles of a page of several carry the
     * {@link PageEvidence} of the whole page.
     *
     * @param where names the text in the articles' provenance ({@code sourceFile})
     */
    public List<Article> pageArticles(String doc, String text, String where) {
        String published = publicationDate(config, where);
        List<PageArticle> parts = PageSplitter.split(text, published != null ? Integer.valueOf(published.substring(0, 4)) : Dates.yearInName(doc));
        // the page's masthead, datelines and places travel with each of its articles (the linker sees one at a time)
        PageEvidence evidence = parts.size() > 1 ? PageEvidence.of(text) : null;
        List<Article> out = new java.util.ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            PageArticle a = parts.get(i);
            String id = parts.size() == 1 ? doc : doc + "-" + (i + 1);
            out.add(new Article(id, doc, a.title(), published != null ? published : a.date(), config.source(), null, a.byline(),
                    a.text(), where, a.line(), evidence, a.kind()));
        }
        return out;
    }

    /**
     * The publication date of the articles of a file that do not state their own (in a record's {@code date} or an
     * HTML page's metadata) and before the page's masthead and datelines are read: {@code --date}, else a date in
     * the file's name or folders ({@link Dates#inPath}); null when neither gives one.
     */
    static String publicationDate(IngestConfig config, String where) {
        return config.date() != null ? config.date().toString() : Dates.inPath(where);
    }

    /**
     * The publication date of a record (a JSONL or CSV line, an HTML page): its own, else {@link #publicationDate},
     * else the date of its dateline when that states its year; null when none of them gives one.
     */
    static String recordDate(String own, IngestConfig config, String where, String text) {
        if (own != null) return own;
        String d = publicationDate(config, where);
        return d != null ? d : PageSplitter.datelineDate(text, null);
    }

    private void readHtml(Path file, String where, String doc, Sink sink) throws IOException {
        HtmlExtractor.Page page = HtmlExtractor.extract(readWhole(file, where), file.toUri().toString());
        if (page.body().isBlank()) throw new InvalidInputException(where, "no text in HTML body");
        String text = page.title() == null || page.body().startsWith(page.title()) ? page.body() : page.title() + "\n" + page.body();
        String date = recordDate(page.date(), config, where, page.body());
        sink.acceptDerived(new Article(doc, doc, page.title(), date, config.source(), page.url(), null, text, where, 0));
    }

    /** Opens a streamed file: not empty, not binary, encoding detected on a prefix, positioned after the BOM. */
    static LineSource openLines(Path file, String where) throws IOException {
        if (Files.size(file) == 0) throw new InvalidInputException(where, "empty file");
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(PREFIX_BYTES);
            byte[] prefix = in.readNBytes(PREFIX_BYTES);
            in.reset();
            // binary prefixes are refused here; a NUL byte further on fails its line (LineSource)
            EncodingDetector.Detected enc = EncodingDetector.detectPrefix(prefix, prefix.length, where);
            in.skipNBytes(enc.bomLength());
            return new LineSource(in, enc, where);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Where articles and skipped items go; counts them and refuses ids already seen in this read. Ids derived from
     * a file name are unique within their file, so only the file's document name is remembered for them (two files
     * with the same name in different folders clash); ids given by records are remembered one by one.
     */
    static final class Sink {
        private final Consumer<Article> out;
        private final Consumer<Skipped> skipped;
        private final Set<String> givenIds = new HashSet<>();
        private final Map<String, String> docFiles = new HashMap<>();
        int articles;
        int skips;
        /** Sees every article offered, before the duplicate check; null for none. */
        IdClaims claims;

        Sink(Consumer<Article> out, Consumer<Skipped> skipped) {
            this.out = Objects.requireNonNull(out, "article consumer");
            this.skipped = Objects.requireNonNull(skipped, "skipped consumer");
        }

        /** An article whose id was derived from its file name and position. */
        void acceptDerived(Article a) {
            String refused = claims == null ? null : claims.claim(a, false);
            String first = docFiles.putIfAbsent(a.doc(), a.file());
            if (refused != null) {
                skip(where(a), refused);
                return;
            }
            if ((first != null && !first.equals(a.file())) || givenIds.contains(a.id())) {
                skip(where(a), duplicateReason(a.id(), a.doc(), first != null && !first.equals(a.file()) ? first : null));
                return;
            }
            emit(a);
        }

        /** An article whose id was given by its record. */
        void acceptGiven(Article a) {
            String refused = claims == null ? null : claims.claim(a, true);
            boolean seen = !givenIds.add(a.id());
            if (refused != null || seen) {
                skip(where(a), refused != null ? refused : duplicateReason(a.id(), a.doc(), null));
                return;
            }
            emit(a);
        }

        private void emit(Article a) {
            Article safe = xmlSafe(a);
            String odd = EncodingDetector.implausibility(safe.text());
            if (odd != null) {
                skip(where(a), EncodingDetector.IMPLAUSIBLE + " (" + odd + ")");
                return;
            }
            articles++;
            out.accept(safe);
        }

        /**
         * The article without characters XML 1.0 does not allow (a NUL or a control character from a JSON escape, say),
         * so they never reach the store's literals (SPARQL XML results must stay well-formed).
         */
        private static Article xmlSafe(Article a) {
            String text = EncodingDetector.stripXmlIllegal(a.text());
            String title = EncodingDetector.stripXmlIllegal(a.title());
            String byline = EncodingDetector.stripXmlIllegal(a.byline());
            String source = EncodingDetector.stripXmlIllegal(a.source());
            String url = EncodingDetector.stripXmlIllegal(a.url());
            String id = EncodingDetector.stripXmlIllegal(a.id());
            if (text == a.text() && title == a.title() && byline == a.byline() && source == a.source() && url == a.url() && id == a.id())
                return a;
            LOG.warn("{}: characters illegal in XML removed", where(a));
            return new Article(id.isBlank() ? a.doc() : id, a.doc(), title, a.date(), source, url, byline, text, a.file(), a.line(), a.page(), a.kind());
        }

        private static String where(Article a) {
            return a.line() > 0 ? a.file() + ":" + a.line() : a.file();
        }

        void skip(String where, String reason) {
            skips++;
            LOG.warn("skipped {}: {}", where, reason);
            skipped.accept(new Skipped(where, reason));
        }
    }
}
