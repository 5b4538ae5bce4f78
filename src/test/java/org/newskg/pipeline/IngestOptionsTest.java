package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The options of an ingest: a write transaction can only take the articles in flight, so there are enough of them. */
class IngestOptionsTest {
    @Test
    void articlesInFlightAreAtLeastABatch() {
        assertEquals(1000, new IngestPipeline.Options(2, 1000, 128).maxInFlight(), "a batch of 1,000 needs 1,000 in flight");
        assertEquals(128, new IngestPipeline.Options(2, 64, 128).maxInFlight(), "more in flight than a batch is kept");
        assertEquals(8, new IngestPipeline.Options(2, 1, 0).maxInFlight(), "too few for the threads: four per thread");
    }

    @Test
    void theDefaultBatchFitsInFlight() {
        IngestPipeline.Options d = IngestPipeline.Options.defaults();
        assertEquals(IngestPipeline.Options.DEFAULT_BATCH, d.batchSize());
        assertEquals(Math.max(d.threads() * 64, IngestPipeline.Options.DEFAULT_BATCH), d.maxInFlight());
    }
}
