package org.newskg.export;

import java.util.Arrays;

/** A small open-addressing set of non-negative ints (article numbers): 4 to 8 bytes per member. */
final class IntSet {
    private static final int EMPTY = -1;
    private int[] table = {EMPTY, EMPTY};
    private int size;

    /** Adds {@code v} (>= 0); true if it was new. */
    boolean add(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative member " + v);
        }
        if ((size + 1) * 4 > table.length * 3) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            if (table[i] == v) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = v;
                size++;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    /** Members in ascending order. */
    int[] sorted() {
        int[] out = new int[size];
        int n = 0;
        for (int v : table) {
            if (v != EMPTY) {
                out[n++] = v;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        Arrays.fill(table, EMPTY);
        size = 0;
        for (int v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static int mix(int v) {
        int h = v * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
