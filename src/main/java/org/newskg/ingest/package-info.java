/**
 * Files to articles: {@link org.newskg.ingest.CorpusReader} reads {@code .txt} pages (split into articles by
 * {@link org.newskg.ingest.PageSplitter}), streamed {@code .jsonl} and {@code .csv}, and {@code .html}; encodings
 * are detected by {@link org.newskg.ingest.EncodingDetector} (BOM, strict UTF-8, strict GB18030). Bad files, lines
 * and records are reported as {@link org.newskg.ingest.Skipped} items and the batch goes on. Publication dates come
 * from records, {@code --date}, paths, mastheads and datelines (see {@code Dates}); dates in a body are event dates
 * ({@link org.newskg.ingest.EventDates}).
 * Article offsets are not computed here; {@link org.newskg.ingest.Article#text()} is a Java string (UTF-16 units).
 */
package org.newskg.ingest;
