package org.dendrite.kernel.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many bytes each cell may send on one stream: a cell that prints more than the limit (an
 * endless loop of prints, a 100 MB dump) has the rest dropped and counted, so the notebook stays
 * responsive. Cells are told apart by their request id; the latest cells are remembered.
 */
final class OutputBudget {

    private static final int CELLS_REMEMBERED = 64;

    /** What one cell sent and what it had dropped. */
    static final class Spending {
        private long sent;
        private long dropped;

        long dropped() {
            return dropped;
        }
    }

    private final long limit;
    private final Map<String, Spending> cells = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Spending> eldest) {
            return size() > CELLS_REMEMBERED;
        }
    };

    /** A budget of {@code limit} bytes per cell. */
    OutputBudget(long limit) {
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The spending of the cell with request id {@code cell}. */
    Spending of(String cell) {
        return cells.computeIfAbsent(cell, id -> new Spending());
    }

    /**
     * Spends up to {@code length} bytes of {@code spending}; returns how many may be sent and
     * counts the rest as dropped.
     */
    int spend(Spending spending, int length) {
        int allowed = (int) Math.max(0, Math.min(length, limit - spending.sent));
        spending.sent += allowed;
        spending.dropped += length - allowed;
        return allowed;
    }
}
