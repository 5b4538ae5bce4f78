package org.newskg.spark;

import java.nio.file.Path;
import org.newskg.ingest.CorpusReader;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.PipelineConfig;

/**
 * The stages of one executor JVM: HanLP's dictionaries, the gazetteer and the tables are loaded once per JVM, on the
 * first task that needs them, and shared by every task of that JVM (the pipeline is thread-safe: {@code newskg
 * ingest} runs it on several threads too). Never per record.
 */
final class Stages {
    private static ArticlePipeline pipeline;
    private static JobOptions loadedFor;

    private Stages() {}

    static synchronized ArticlePipeline pipeline(JobOptions o) {
        if (pipeline == null || !o.sameConfig(loadedFor)) {
            long t0 = System.nanoTime();
            pipeline = ArticlePipeline.await(ArticlePipeline.start(config(o)));
            loadedFor = o;
            // the executor's start-up cost, once per JVM (in the executor's stderr on a cluster)
            System.err.printf(java.util.Locale.ROOT, "newskg-spark: stages (HanLP, gazetteer, tables) loaded in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
        return pipeline;
    }

    /** A reader only (the first pass reads ids, no extraction): no HanLP, no gazetteer. */
    static CorpusReader reader(JobOptions o) {
        return new CorpusReader(config(o).ingest());
    }

    static PipelineConfig config(JobOptions o) {
        return PipelineConfig.of(o.source(), o.home(), o.date() == null ? null : java.time.LocalDate.parse(o.date()),
                o.lexicons().stream().map(Path::of).toList());
    }
}
