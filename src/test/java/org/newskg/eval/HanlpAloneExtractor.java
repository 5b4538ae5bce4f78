package org.newskg.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Mention;
import org.newskg.ingest.Article;

import java.util.ArrayList;
import java.util.List;

/** HanLP portable alone (nr → Person, ns → Place, nt → Organization): the reference point of issue 3. */
final class HanlpAloneExtractor implements Extractor {
    @Override
    public Extraction extract(Article a) {
        List<Mention> ms = new ArrayList<>();
        for (Term t : HanLP.newSegment().enableOffset(true).enablePlaceRecognize(true).enableOrganizationRecognize(true).seg(a.text())) {
            String n = t.nature.toString();
            EntityType ty = n.startsWith("nr") ? EntityType.Person : n.startsWith("ns") ? EntityType.Place : n.startsWith("nt") ? EntityType.Organization : null;
            if (ty != null) ms.add(new Mention(t.word, ty, null, t.offset, t.offset + t.word.length()));
        }
        return new Extraction(ms, List.of(), List.of(), List.of());
    }
}
