package org.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.graph.NodeFactory;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newskg.ingest.Article;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.Skipped;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.IdentityLinks;
import org.newskg.pipeline.Parts;
import scala.Tuple2;

/**
 * {@code newskg ingest} as a Spark job: the same readers, stages and mapping run inside the tasks, and what
 * {@code newskg ingest} would write to the store is written as gzip N-Quads parts for {@code newskg load}.
 *
 * <p>Output folder: {@code articles/} (one graph per article), {@code divisions/} (each division described once),
 * {@code identity/} (the possibly-same links, grouped by person name), {@code skipped.tsv} (where, reason) and
 * {@code _SUCCESS.json} (counts; written last, so its presence means the output is complete).
 *
 * <p>How it stays equal to one machine: the driver lists the files in the order {@code newskg ingest} reads them;
 * each file is read whole by one task with the core's reader ({@link CorpusReader#readFile}), so file names, lines,
 * page splitting, encodings and skip reasons are the same. Duplicate article ids across files are found in a first,
 * cheap pass (reading only, no extraction) by the rule of the single reader: the first file in reading order keeps
 * an id or a file name; the second pass refuses the others with the same reason. Everything written is a function
 * of the input (IRIs from article ids, sorted lines), so a retried or speculative task writes the same part.
 */
public final class SparkIngest {
    private SparkIngest() {}

    /** One input file, numbered in reading order. */
    record Input(int order, String path, String where, boolean local) implements Serializable {}

    /** An article offered by the reader (first pass): enough to decide whether it is a duplicate across files. */
    record Claim(int order, boolean given, String id, String doc, String file) implements Serializable {}

    /**
     * One result of the second pass: an article's lines, the descriptions of its divisions and its persons, or a
     * skip record.
     */
    record Out(int order, int seq, String file, String where, String reason, String[] lines, Map<String, String> divisions,
               String[] persons) implements Serializable {
        boolean isArticle() {
            return reason == null;
        }
    }

    /** What a run wrote ({@code _SUCCESS.json}). */
    public record Manifest(String format, List<String> inputs, int files, long articles, int skipped, long articleQuads,
                           long divisions, long divisionQuads, long identityGraphs, long possiblySamePairs,
                           long identityQuads, long quads, int partitions, String master, String spark, double seconds) {}

    /** Runs the job on {@code sc}; returns what it wrote. */
    public static Manifest run(JavaSparkContext sc, JobOptions o) {
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(o.output());
        FileSystem outFs = fs(out.toUri(), hadoop);
        try {
            if (outFs.exists(out)) throw new org.newskg.InvalidInputException(o.output(), "output folder exists (remove it or give another)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<Skipped> listed = new ArrayList<>();
        List<Input> inputs = list(o.inputs(), hadoop, listed::add);
        int slices = o.partitions() > 0 ? o.partitions() : Math.max(1, sc.defaultParallelism() * 4);
        slices = Math.max(1, Math.min(slices, Math.max(1, inputs.size())));
        JavaRDD<Input> files = sc.parallelize(inputs, slices);
        Broadcast<Map<String, String>> conf = sc.broadcast(inputs.stream().allMatch(Input::local) ? Map.of() : settings(hadoop));

        // first pass: ids only, the duplicates across files by the single reader's rule
        Broadcast<Map<String, String>> refused = sc.broadcast(duplicates(files, o, conf));

        // second pass: read again, refuse the duplicates, extract → link → map
        JavaRDD<Out> results = files.flatMap(in -> process(in, o, refused.value(), conf.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaRDD<Out> articles = results.filter(Out::isArticle);
            String articlesDir = o.output() + "/articles";
            articles.flatMap(r -> java.util.Arrays.asList(r.lines()).iterator()).saveAsTextFile(articlesDir, GzipCodec.class);

            int small = Math.max(1, Math.min(slices, 16));
            JavaPairRDD<String, String> divisions = articles
                    .flatMapToPair(r -> r.divisions().entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, small) // all the same in practice: one, chosen by its text
                    .repartitionAndSortWithinPartitions(new HashPartitioner(small)) // parts by hash, sorted: the same every run
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            divisions.values().flatMap(d -> java.util.Arrays.asList(d.split("\n")).iterator())
                    .saveAsTextFile(o.output() + "/divisions", GzipCodec.class);

            // identity: each person resource once with its first article (by IRI), then grouped by name
            JavaPairRDD<String, List<String>> identity = articles
                    .flatMapToPair(r -> java.util.Arrays.stream(r.persons()).map(p -> {
                        String[] f = p.split("\t", -1); // name, iri, key, article
                        return new Tuple2<>(f[0] + "\t" + f[1] + "\t" + f[2], f[3]);
                    }).iterator())
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, small)
                    .mapToPair(e -> new Tuple2<>(e._1().substring(0, e._1().indexOf('\t')), e._1() + "\t" + e._2()))
                    .groupByKey(small)
                    .mapToPair(g -> new Tuple2<>(g._1(), identityLines(g._1(), g._2())))
                    .filter(g -> !g._2().isEmpty())
                    .repartitionAndSortWithinPartitions(new HashPartitioner(small))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            // the layout statement once, beside the graphs (as an ingest states it after writing them)
            identity.values().flatMap(List::iterator).union(sc.parallelize(Parts.identityLayout(), 1))
                    .saveAsTextFile(o.output() + "/identity", GzipCodec.class);

            for (String part : List.of("articles", "divisions", "identity")) nameParts(outFs, new org.apache.hadoop.fs.Path(out, part));

            // skip records: of the listing, then of the files in reading order
            List<Out> skips = new ArrayList<>(results.filter(r -> !r.isArticle()).collect());
            skips.sort(Comparator.comparingInt(Out::order).thenComparingInt(Out::seq));
            List<Skipped> skipped = new ArrayList<>(listed);
            for (Out s : skips) skipped.add(new Skipped(s.where(), s.reason()));
            writeText(outFs, new org.apache.hadoop.fs.Path(out, "skipped.tsv"), skippedTsv(skipped));

            // files: those that gave an article or a skip record (as newskg ingest counts them)
            TreeSet<String> fileNames = new TreeSet<>(articles.map(Out::file).distinct().collect());
            for (Skipped s : skipped) fileNames.add(fileOf(s.where()));

            long articleCount = articles.count();
            long articleQuads = articles.mapToDouble(r -> r.lines().length).sum().longValue();
            long divisionCount = divisions.count();
            long divisionQuads = divisions.values().mapToDouble(d -> d.split("\n").length).sum().longValue();
            long identityGraphs = identity.count();
            long identityQuads = identity.values().mapToDouble(List::size).sum().longValue() + Parts.identityLayout().size();
            long pairs = identity.values().mapToDouble(l -> l.stream().filter(x -> x.contains("#SameAsCandidate>")).count()).sum().longValue();
            Manifest m = new Manifest("newskg-parts/1", o.inputs(), fileNames.size(), articleCount, skipped.size(), articleQuads,
                    divisionCount, divisionQuads, identityGraphs, pairs, identityQuads, articleQuads + divisionQuads + identityQuads,
                    slices, sc.master(), sc.version(), Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
            writeText(outFs, new org.apache.hadoop.fs.Path(out, "_SUCCESS.json"),
                    new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m) + "\n");
            return m;
        } finally {
            results.unpersist(false);
        }
    }

    /** The skip records as written to {@code skipped.tsv}: where, a tab, the reason. */
    static String skippedTsv(List<Skipped> skipped) {
        StringBuilder sb = new StringBuilder();
        for (Skipped s : skipped) sb.append(s.where().replace('\t', ' ')).append('\t').append(s.reason().replace('\n', ' ')).append('\n');
        return sb.toString();
    }

    /** The file of a skip record's {@code where} ({@code file} or {@code file:line}), as {@code newskg ingest} counts files. */
    private static String fileOf(String w) {
        int colon = w.lastIndexOf(':');
        return colon > 0 && colon < w.length() - 1 && w.substring(colon + 1).chars().allMatch(Character::isDigit) ? w.substring(0, colon) : w;
    }

    private static List<String> identityLines(String name, Iterable<String> rows) {
        List<IdentityLinks.Person> persons = new ArrayList<>();
        for (String r : rows) {
            String[] f = r.split("\t", -1); // name, iri, key, article
            persons.add(new IdentityLinks.Person(NodeFactory.createURI(f[1]), f[2], f[0], NodeFactory.createURI(f[3])));
        }
        return Parts.identity(name, persons);
    }

    /**
     * The files in the order {@code newskg ingest} reads them: each input in turn; a local path through the core's
     * own listing (so files are named as there), any other URI through its Hadoop file system (named by URI).
     */
    static List<Input> list(List<String> inputs, Configuration hadoop, Consumer<Skipped> skipped) {
        List<Input> out = new ArrayList<>();
        for (String in : inputs) {
            boolean local = !in.matches("[A-Za-z][A-Za-z0-9+.-]+:.*"); // no scheme (a Windows drive letter is none either)
            if (local) {
                for (Path f : CorpusReader.files(List.of(Path.of(in)), skipped))
                    out.add(new Input(out.size(), f.toString(), f.toString(), true));
                continue;
            }
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
            FileSystem fs = fs(p.toUri(), hadoop);
            try {
                if (!fs.exists(p)) {
                    skipped.accept(new Skipped(in, "no such file or directory"));
                    continue;
                }
                List<String> found = new ArrayList<>();
                if (fs.getFileStatus(p).isFile()) found.add(fs.getFileStatus(p).getPath().toString());
                else {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                    while (it.hasNext()) {
                        FileStatus s = it.next();
                        if (s.isFile() && !hidden(p, s.getPath())) found.add(s.getPath().toString());
                    }
                }
                found.sort(null);
                for (String f : found) out.add(new Input(out.size(), f, f, false));
            } catch (IOException e) {
                skipped.accept(new Skipped(in, "cannot list folder: " + e.getMessage()));
            }
        }
        return out;
    }

    /** A name starting with a dot below the input folder (hidden files and folders are not read, as on one machine). */
    private static boolean hidden(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path f) {
        String rootPath = root.toUri().getPath();
        for (org.apache.hadoop.fs.Path p = f; p != null && !p.toUri().getPath().equals(rootPath); p = p.getParent())
            if (p.getName().startsWith(".")) return true;
        return false;
    }

    /** Reads one input file in a task (a remote one through a local copy of the same name). */
    private static void read(Input in, JobOptions o, Map<String, String> conf, Consumer<Article> out, Consumer<Skipped> skipped,
                             CorpusReader.IdClaims claims) {
        CorpusReader reader = Stages.reader(o);
        if (in.local()) {
            reader.readFile(Path.of(in.path()), in.where(), out, skipped, claims);
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("newskg-spark");
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in.path());
            Path local = dir.resolve(p.getName());
            Configuration c = new Configuration(false);
            conf.forEach(c::set);
            FileSystem fs = fs(p.toUri(), c);
            try (var s = fs.open(p)) {
                Files.copy(s, local);
            }
            reader.readFile(local, in.where(), out, skipped, claims);
        } catch (IOException e) {
            skipped.accept(new Skipped(in.where(), "cannot read file: " + e.getMessage()));
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    /** The driver's Hadoop settings (file systems, credentials), for the executors. */
    private static Map<String, String> settings(Configuration hadoop) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : hadoop) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** The articles refused as duplicates across files: {@code order \0 id} → reason. */
    private static Map<String, String> duplicates(JavaRDD<Input> files, JobOptions o, Broadcast<Map<String, String>> conf) {
        JavaRDD<Claim> claims = files.flatMap(in -> {
            List<Claim> c = new ArrayList<>();
            read(in, o, conf.value(), a -> { }, s -> { }, (a, given) -> {
                c.add(new Claim(in.order(), given, a.id(), a.doc(), a.file()));
                return null;
            });
            return c.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // a file name's first file, for ids derived from file names; an id's first file, for ids given by records
            JavaPairRDD<String, Claim> firstDoc = claims.filter(c -> !c.given()).mapToPair(c -> new Tuple2<>(c.doc(), c))
                    .reduceByKey((a, b) -> a.order() <= b.order() ? a : b);
            JavaPairRDD<String, Integer> firstGiven = claims.filter(Claim::given).mapToPair(c -> new Tuple2<>(c.id(), c.order()))
                    .reduceByKey(Math::min);
            // a derived id whose file name was read before in another file: refused, naming that file
            JavaPairRDD<String, Tuple2<Claim, Claim>> derived = claims.filter(c -> !c.given())
                    .mapToPair(c -> new Tuple2<>(c.doc(), c)).join(firstDoc);
            List<Tuple2<String, String>> refused = new ArrayList<>(derived
                    .filter(d -> d._2()._2().order() != d._2()._1().order())
                    .map(d -> new Tuple2<>(key(d._2()._1()), CorpusReader.duplicateReason(d._2()._1().id(), d._2()._1().doc(), d._2()._2().file())))
                    .collect());
            // else any id (derived or given) given by a record of an earlier file: refused
            JavaRDD<Claim> rest = derived.filter(d -> d._2()._2().order() == d._2()._1().order()).map(d -> d._2()._1())
                    .union(claims.filter(Claim::given));
            refused.addAll(rest.mapToPair(c -> new Tuple2<>(c.id(), c)).join(firstGiven)
                    .filter(j -> j._2()._2() < j._2()._1().order())
                    .map(j -> new Tuple2<>(key(j._2()._1()), CorpusReader.duplicateReason(j._2()._1().id(), j._2()._1().doc(), null)))
                    .collect());
            Map<String, String> out = new LinkedHashMap<>();
            for (Tuple2<String, String> r : refused) out.putIfAbsent(r._1(), r._2());
            return out;
        } finally {
            claims.unpersist(false);
        }
    }

    private static String key(Claim c) {
        return c.order() + "\u0000" + c.id();
    }

    /** The second pass over one file. */
    private static List<Out> process(Input in, JobOptions o, Map<String, String> refused, Map<String, String> conf) {
        ArticlePipeline stages = Stages.pipeline(o);
        List<Out> out = new ArrayList<>();
        Consumer<Skipped> skip = s -> out.add(new Out(in.order(), out.size(), in.where(), s.where(), s.reason(), null, null, null));
        read(in, o, conf, a -> {
            ArticlePipeline.Processed p = ArticlePipeline.isolated(a, stages::process, skip);
            if (p == null) return;
            Map<String, String> divisions = new LinkedHashMap<>();
            p.mapped().divisions().forEach((code, d) -> divisions.put(code, String.join("\n", Parts.division(d))));
            String[] persons = Parts.persons(p).stream()
                    .map(x -> x.name() + "\t" + x.iri().getURI() + "\t" + x.key() + "\t" + x.article().getURI()).toArray(String[]::new);
            out.add(new Out(in.order(), out.size(), a.file(), null, null, Parts.article(p).toArray(String[]::new), divisions, persons));
        }, skip, (a, given) -> refused.get(in.order() + "\u0000" + a.id()));
        return out;
    }

    /** Renames Hadoop's {@code part-NNNNN.gz} to {@code part-NNNNN.nq.gz}, so loaders see the format by its name. */
    private static void nameParts(FileSystem fs, org.apache.hadoop.fs.Path dir) {
        try {
            for (FileStatus s : fs.listStatus(dir)) {
                String n = s.getPath().getName();
                if (n.startsWith("part-") && n.endsWith(".gz") && !n.endsWith(".nq.gz"))
                    fs.rename(s.getPath(), new org.apache.hadoop.fs.Path(dir, n.substring(0, n.length() - 3) + ".nq.gz"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(FileSystem fs, org.apache.hadoop.fs.Path p, String text) {
        try (OutputStream s = fs.create(p, false)) {
            s.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem fs(URI uri, Configuration conf) {
        try {
            return FileSystem.get(uri, conf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** Runs the job from the command line ({@code ingest --input … --output …}); see {@link Cli}. */
    public static void main(String[] args) {
        System.exit(Cli.run(args, System.err));
    }

    static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
