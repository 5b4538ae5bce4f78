package org.newskg;

/**
 * Bad input from outside the program: a file, a record, a gazetteer line, a query.
 * The message names the place ({@code batch.jsonl:2: malformed JSON}).
 */
public class InvalidInputException extends RuntimeException {
    private final String where;

    public InvalidInputException(String where, String message) {
        super(where == null ? message : where + ": " + message);
        this.where = where;
    }

    public InvalidInputException(String where, String message, Throwable cause) {
        super(where == null ? message : where + ": " + message, cause);
        this.where = where;
    }

    /** File and line ({@code batch.jsonl:2}), or article id, or null. */
    public String where() {
        return where;
    }
}
