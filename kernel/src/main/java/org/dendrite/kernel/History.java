package org.dendrite.kernel;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cells run in this kernel session, numbered by execution count, for {@code history_request}
 * (tail, range and glob search, as IPython answers them). Session 1 is this process.
 */
final class History {

    static final int SESSION = 1;

    private record Entry(int line, String input, String output) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input) {
        entries.add(new Entry(line, input, null));
    }

    /** Records the text shown as the result of cell {@code line}. */
    synchronized void setOutput(int line, String output) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).line() == line) {
                entries.set(i, new Entry(line, entries.get(i).input(), output));
                return;
            }
        }
    }

    /** The last {@code n} cells. */
    synchronized JsonArray tail(int n, boolean withOutput) {
        return toJson(entries.subList(Math.max(0, entries.size() - n), entries.size()), withOutput);
    }

    /** Cells {@code start <= line < stop} of {@code session} (0 or 1: this session). */
    synchronized JsonArray range(int session, int start, int stop, boolean withOutput) {
        if (session != 0 && session != SESSION) {
            return new JsonArray();
        }
        return toJson(entries.stream()
                .filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop))
                .toList(), withOutput);
    }

    /** The last {@code n} cells (all when n is 0) matching a glob with * and ?, optionally without repeats. */
    synchronized JsonArray search(String glob, int n, boolean unique, boolean withOutput) {
        Pattern pattern = Pattern.compile(globToRegex(glob), Pattern.DOTALL);
        Map<String, Entry> matches = new LinkedHashMap<>();
        List<Entry> all = new ArrayList<>();
        for (Entry entry : entries) {
            if (pattern.matcher(entry.input()).matches()) {
                matches.remove(entry.input());
                matches.put(entry.input(), entry);
                all.add(entry);
            }
        }
        List<Entry> found = unique ? new ArrayList<>(matches.values()) : all;
        return toJson(n > 0 ? found.subList(Math.max(0, found.size() - n), found.size()) : found, withOutput);
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static JsonArray toJson(List<Entry> entries, boolean withOutput) {
        JsonArray history = new JsonArray();
        for (Entry entry : entries) {
            JsonArray row = new JsonArray();
            row.add(SESSION);
            row.add(entry.line());
            if (withOutput) {
                JsonArray pair = new JsonArray();
                pair.add(entry.input());
                pair.add(entry.output());
                row.add(pair);
            } else {
                row.add(entry.input());
            }
            history.add(row);
        }
        return history;
    }
}
