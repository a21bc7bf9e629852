package org.dendrite.kernel.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * One snippet of a cell, as JShell evaluates it, and where it starts in the cell so that
 * diagnostics and stack frames can name the cell's own line and column.
 */
record Segment(String source, int offset, Completeness completeness) {

    /**
     * Splits a cell into JShell snippets; an unfinished tail becomes one last segment. Where JShell
     * cannot tell, javac's parser finds the end of a leading declaration ({@link LeadingMember}).
     */
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
            OptionalInt member = completeness == Completeness.UNKNOWN ? LeadingMember.length(rest) : OptionalInt.empty();
            if (member.isPresent()) {
                segments.add(new Segment(rest.substring(0, member.getAsInt()), offset, Completeness.COMPLETE));
                offset += member.getAsInt();
                rest = rest.substring(member.getAsInt());
                continue;
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
