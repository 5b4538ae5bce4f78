package org.newskg.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.InvalidInputException;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NK;

/**
 * Loads N-Quads parts (gzip or plain: {@code *.nq.gz}, {@code *.nq}) into a store, as written by a distributed
 * ingest (the Spark job: {@code articles/}, {@code divisions/}, {@code identity/}).
 *
 * <p>An empty store is built with one of TDB2's bulk loaders over all the parts (the fastest way to a fresh store;
 * not crash-safe: a failure leaves a store to delete). A store with data takes the parts in write transactions, one
 * per part, with the semantics of {@code newskg ingest}: an article graph replaces the stored graph of the same name,
 * a division's description replaces the stored one; the identity parts are left out, since the possibly-same links
 * must be recomputed over the whole store ({@link Result#personNames} are the names to recompute).
 */
public final class PartsLoader {
    private PartsLoader() {}

    /** TDB2's bulk loaders ({@link LoaderFactory}). */
    public enum Bulk {
        /** Many threads (about 8 besides the parser); the fastest with 4 or more cores. */
        PARALLEL,
        /** Data then indexes, in phases, a few threads: for small machines. */
        PHASED,
        /** One thread. */
        SEQUENTIAL;

        DataLoader create(DatasetGraph dsg, MonitorOutput out) {
            return switch (this) {
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, out);
                case PHASED -> LoaderFactory.phasedLoader(dsg, out);
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, out);
            };
        }
    }

    /**
     * What a load did.
     *
     * @param bulk        true when the store was empty and a bulk loader built it
     * @param quads       quads read from the parts (in a transactional load, the identity parts are not read)
     * @param personNames names of the persons in the article graphs loaded transactionally (empty for a bulk load)
     */
    public record Result(boolean bulk, int parts, long quads, double seconds, Set<String> personNames) {}

    /** The parts under {@code dir} (recursively; names starting with {@code .} or {@code _} left out), sorted. */
    public static List<Path> parts(Path dir) {
        if (!Files.isDirectory(dir)) throw new InvalidInputException(dir.toString(), "not a folder of N-Quads parts");
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith(".") && !n.startsWith("_") && (n.endsWith(".nq.gz") || n.endsWith(".nq"));
            }).sorted().toList());
            if (out.isEmpty()) throw new InvalidInputException(dir.toString(), "no N-Quads parts (*.nq.gz, *.nq) in this folder");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the parts: with the bulk loader {@code bulk} when the store is empty, else in transactions. */
    public static Result load(KgStore store, List<Path> parts, Bulk bulk, PrintWriter progress) {
        long t0 = System.nanoTime();
        if (store.isEmpty()) {
            DataLoader loader = bulk.create(store.datasetGraph(), (fmt, args) -> {
                if (progress != null) {
                    progress.println("load: " + String.format(Locale.ROOT, fmt, args));
                    progress.flush();
                }
            });
            loader.startBulk();
            Counting counting = new Counting(loader.stream());
            try {
                for (Path part : parts) {
                    try (java.io.InputStream in = open(part)) {
                        RDFParser.source(in).lang(Lang.NQUADS).parse(counting);
                    } catch (IOException e) {
                        throw new UncheckedIOException(part + ": " + e.getMessage(), e);
                    }
                }
                // the statistics of the article graphs read, into the same load (unless a graph came in pieces)
                if (!counting.split()) counting.delta.quads(loader.stream()::quad);
            } catch (RuntimeException | Error e) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
            loader.finishBulk();
            if (counting.split()) Statistics.rebuild(store);
            return new Result(true, parts.size(), counting.quads, (System.nanoTime() - t0) / 1e9, Set.of());
        }
        Transactional t = new Transactional(store.datasetGraph());
        int done = 0;
        for (Path part : parts) {
            if (isIdentityPart(part)) continue;
            DatasetGraph dsg = store.datasetGraph();
            if (done == 0 && Txn.calculateRead(dsg, () -> Statistics.missing(dsg))) Statistics.rebuild(store);
            Txn.executeWrite(dsg, () -> {
                try (java.io.InputStream in = open(part)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(part + ": " + e.getMessage(), e);
                }
                t.endPart();
            });
            done++;
            if (progress != null) {
                progress.printf("load: %d of %d parts, %d quads%n", done, parts.size(), t.quads);
                progress.flush();
            }
        }
        return new Result(false, done, t.quads, (System.nanoTime() - t0) / 1e9, t.personNames());
    }

    private static java.io.InputStream open(Path part) throws IOException {
        java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(part), 1 << 16);
        return part.getFileName().toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    }

    /** A part of identity links (under a folder {@code identity}). */
    private static boolean isIdentityPart(Path part) {
        for (Path p = part.getParent(); p != null; p = p.getParent())
            if (p.getFileName() != null && p.getFileName().toString().equals("identity")) return true;
        return false;
    }

    /**
     * Passes the quads of a bulk load on, counting each article graph into the statistics when the next graph
     * begins. Parts hold an article's graph in one run of quads; should a graph come back later, {@link #split} says
     * so and the statistics are recounted from the store instead. Quads of the statistics graphs are left out (the
     * store keeps its own).
     */
    private static final class Counting extends org.apache.jena.riot.system.StreamRDFWrapper {
        final Statistics.Delta delta = new Statistics.Delta();
        private final Set<Node> finished = new HashSet<>();
        private Node current;
        private org.apache.jena.graph.Graph buffer;
        private boolean split;
        long quads;

        Counting(org.apache.jena.riot.system.StreamRDF out) {
            super(out);
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (Statistics.isStatisticsGraph(g)) return;
            super.quad(q);
            quads++;
            if (!Statistics.isArticleGraph(g)) return;
            if (!g.equals(current)) {
                flush();
                if (!finished.add(g)) split = true;
                current = g;
                buffer = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            }
            buffer.add(q.asTriple());
        }

        private void flush() {
            if (current != null && !split) delta.add(current, buffer);
            current = null;
            buffer = null;
        }

        boolean split() {
            flush();
            return split;
        }
    }

    /** Replaces each article graph and division description met for the first time, then adds the quads. */
    private static final class Transactional extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node divisions = Iris.divisionsGraph();
        private final Set<Node> graphsSeen = new HashSet<>();
        /** Article graphs written by the current part: counted out of the statistics at their first quad, in at its end. */
        private final Set<Node> graphsOfPart = new java.util.LinkedHashSet<>();
        private final Statistics.Delta delta = new Statistics.Delta();
        private final Set<Node> divisionsSeen = new HashSet<>();
        private final Set<Node> persons = new HashSet<>();
        private final Map<Node, String> labels = new HashMap<>();
        long quads;

        Transactional(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (Statistics.isStatisticsGraph(g)) return; // the store keeps its own
            if (Statistics.isArticleGraph(g) && graphsOfPart.add(g)) delta.subtract(g, dsg.getGraph(g));
            if (g.equals(divisions)) {
                if (divisionsSeen.add(q.getSubject())) dsg.deleteAny(divisions, q.getSubject(), Node.ANY, Node.ANY);
            } else if (graphsSeen.add(g)) {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            if (!g.equals(divisions)) {
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(NK.Person.asNode())) persons.add(q.getSubject());
                else if (q.getPredicate().equals(RDFS.label.asNode()) && q.getObject().isLiteral())
                    labels.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
            dsg.add(q);
            quads++;
        }

        /** Counts the article graphs of the part just read into the statistics (inside its transaction). */
        void endPart() {
            for (Node g : graphsOfPart) delta.add(g, dsg.getGraph(g));
            graphsOfPart.clear();
            delta.write(dsg);
        }

        Set<String> personNames() {
            Set<String> names = new TreeSet<>();
            for (Node p : persons) {
                String l = labels.get(p);
                if (l != null) names.add(l);
            }
            return names;
        }
    }
}
