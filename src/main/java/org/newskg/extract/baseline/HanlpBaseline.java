package org.newskg.extract.baseline;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP alone, as a yardstick for the benchmark: the default (Viterbi) segmenter with offsets and person, place
 * and organisation recognition, the same switches the extractor uses, and nothing else (no script conversion, no
 * rules, no gazetteer). Lives in the extract package because HanLP is imported only there.
 *
 * <p>Each call makes its own segmenter, so instances of this class hold no state and calls may run on any thread.
 */
public final class HanlpBaseline {
    private HanlpBaseline() {}

    /** A segmenter configured as described above. Not shared between threads. */
    static Segment newSegment() {
        return HanLP.newSegment().enableOffset(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
    }

    /**
     * Segments every text in order on the calling thread and returns the number of terms; a checksum of the work
     * (summed term offsets) is folded in so the JIT cannot drop it.
     */
    public static long segmentAll(List<String> texts) {
        Segment seg = newSegment();
        long terms = 0;
        long check = 0;
        for (String text : texts) {
            List<Term> ts = seg.seg(text);
            terms += ts.size();
            for (Term t : ts) check += t.offset;
        }
        return check < 0 ? -terms : terms;
    }
}
