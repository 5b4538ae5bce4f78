package org.newskg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.newskg.extract.Byline;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.PartOf;
import org.newskg.extract.Position;
import org.newskg.ingest.Article;

import java.util.function.Function;

/** Writes one article's extraction in the prediction format of /work/shared/eval/GUIDELINES.md (one JSON line). */
public final class PredictionWriter {
    private PredictionWriter() {}

    /**
     * @param doc  input document id (file name without extension)
     * @param link for a mention, {code, iri} (either may be null), or null for none
     */
    public static String toJsonLine(String doc, Article a, Extraction x, Function<Mention, String[]> link) {
        JsonObject o = new JsonObject();
        o.addProperty("doc", doc);
        o.addProperty("article", a.id());
        JsonArray ents = new JsonArray();
        for (Mention m : x.mentions()) {
            JsonObject e = new JsonObject();
            e.addProperty("text", m.text());
            e.addProperty("type", m.type().name());
            if (m.subtype() != null) e.addProperty("subtype", m.subtype());
            String[] ci = link == null ? null : link.apply(m);
            if (ci != null && ci.length > 0 && ci[0] != null) e.addProperty("code", ci[0]);
            e.addProperty("start", m.start());
            e.addProperty("end", m.end());
            if (ci != null && ci.length > 1 && ci[1] != null) e.addProperty("iri", ci[1]);
            ents.add(e);
        }
        o.add("entities", ents);
        JsonArray pos = new JsonArray();
        for (Position p : x.positions()) {
            JsonObject e = new JsonObject();
            e.addProperty("person", p.person());
            e.addProperty("title", p.title());
            e.addProperty("org", p.org());
            pos.add(e);
        }
        o.add("positions", pos);
        JsonArray parts = new JsonArray();
        for (PartOf p : x.partOf()) {
            JsonObject e = new JsonObject();
            e.addProperty("child", p.child());
            e.addProperty("parent", p.parent());
            parts.add(e);
        }
        o.add("partOf", parts);
        JsonArray bys = new JsonArray();
        for (Byline b : x.bylines()) {
            JsonObject e = new JsonObject();
            e.addProperty("person", b.person());
            e.addProperty("role", b.role().name());
            bys.add(e);
        }
        o.add("bylines", bys);
        return o.toString();
    }
}
