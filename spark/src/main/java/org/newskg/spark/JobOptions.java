package org.newskg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the job reads and where it writes; shipped to the executors with the tasks.
 *
 * @param inputs     files or folders (local paths, or any Hadoop-compatible URI: hdfs://, s3a://, file:/…)
 * @param output     the output folder (must not exist)
 * @param source     source name for articles that do not state one, or null (as {@code newskg ingest --source})
 * @param home       home region, or null (as {@code --home})
 * @param lexicons   extra lexicon files, readable on every executor (as {@code --lexicon})
 * @param partitions tasks to split the files into (0: four per core of the cluster); part files follow it
 * @param date       publication date (ISO yyyy-MM-dd) of articles that state none, or null (as {@code --date})
 */
public record JobOptions(List<String> inputs, String output, String source, String home, List<String> lexicons,
                         int partitions, String date) implements Serializable {
    public JobOptions {
        inputs = List.copyOf(inputs);
        lexicons = List.copyOf(lexicons);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
        if (partitions < 0) throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
        if (date != null) java.time.LocalDate.parse(date); // fails early on a bad date
    }

    /** Options without a publication date. */
    public JobOptions(List<String> inputs, String output, String source, String home, List<String> lexicons, int partitions) {
        this(inputs, output, source, home, lexicons, partitions, null);
    }

    boolean sameConfig(JobOptions o) {
        return o != null && Objects.equals(source, o.source) && Objects.equals(home, o.home) && lexicons.equals(o.lexicons)
                && Objects.equals(date, o.date);
    }
}
