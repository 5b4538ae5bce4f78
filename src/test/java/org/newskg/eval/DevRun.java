package org.newskg.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.newskg.extract.ExtractConfig;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.NewsExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.PageArticle;
import org.newskg.ingest.PageSplitter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Development harness: extracts every gold document's text (split into articles by the ingest PageSplitter, as the CLI does) and writes
 * predictions. {@code DevRun [goldDir] [out.jsonl] [baseline]}; "baseline" runs HanLP alone.
 */
public final class DevRun {
    public static final Path DEV = Path.of("../shared/eval/dev");

    public static void main(String[] args) throws IOException {
        Path gold = args.length > 0 ? Path.of(args[0]) : DEV;
        Path out = args.length > 1 ? Path.of(args[1]) : Path.of("target/dev-pred.jsonl");
        Extractor x = args.length > 2 && args[2].equals("baseline") ? new HanlpAloneExtractor() : new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());
        write(x, gold, out);
    }

    public static List<Path> goldFiles(Path gold) throws IOException {
        try (Stream<Path> s = Files.list(gold)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    public static String text(Path goldFile) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(goldFile, StandardCharsets.UTF_8)).getAsJsonObject();
        return o.get("text").getAsString();
    }

    /** The articles of a document as the CLI reads a text file: split by the ingest PageSplitter. */
    public static List<Article> articles(String doc, String text) {
        List<PageArticle> parts = PageSplitter.split(text);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PageArticle p = parts.get(i);
            String id = parts.size() == 1 ? doc : doc + "-" + (i + 1);
            out.add(new Article(id, doc, p.title(), p.date(), null, null, p.byline(), p.text(), null, p.line()));
        }
        return out;
    }

    public static void write(Extractor x, Path gold, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : goldFiles(gold)) {
            String doc = f.getFileName().toString().replaceFirst("\\.json$", "");
            for (Article a : articles(doc, text(f))) {
                Extraction e = x.extract(a);
                lines.add(PredictionWriter.toJsonLine(doc, a, e, null));
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String l : lines) w.write(l + "\n");
        }
    }
}
