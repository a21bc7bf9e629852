package org.dendrite.kernel.engine;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * One snippet of a cell, as JShell evaluates it, and where it starts in the cell so that
 * diagnostics and stack frames can name the cell's own line and column.
 */
record Segment(String source, int offset, Completeness completeness) {

    /** Splits a cell into JShell snippets; an unfinished tail becomes one last segment. */
    static List<Segment> split(SourceCodeAnalysis analysis, String cell) {
        List<Segment> segments = new ArrayList<>();
        String rest = cell;
        int offset = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (!completeness.isComplete()) {
                segments.add(new Segment(rest, offset, completeness));
                break;
            }
            segments.add(new Segment(info.source(), offset, completeness));
            offset += rest.length() - info.remaining().length();
            rest = info.remaining();
        }
        return segments;
    }
}
