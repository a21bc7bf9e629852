package org.dendrite.kernel.docs;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import java.util.List;
import java.util.Map;

/** Javadoc comments as plain text: tags resolved, HTML paragraphs as blank lines, parameters listed. */
final class DocText {

    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
            "nbsp", " ");

    private DocText() {
    }

    /** The first sentence. */
    static String summary(DocCommentTree comment) {
        return comment == null ? "" : text(comment.getFirstSentence()).strip();
    }

    /** The whole comment: its body, then its parameters, return value and exceptions. */
    static String full(DocCommentTree comment) {
        if (comment == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(text(comment.getFullBody()).strip());
        for (DocTree tag : comment.getBlockTags()) {
            switch (tag.getKind()) {
                case PARAM -> text.append("\n  @param ").append(((ParamTree) tag).getName()).append(' ')
                        .append(text(((ParamTree) tag).getDescription()).strip());
                case RETURN -> text.append("\n  @return ").append(text(((ReturnTree) tag).getDescription()).strip());
                case THROWS, EXCEPTION -> text.append("\n  @throws ").append(((ThrowsTree) tag).getExceptionName())
                        .append(' ').append(text(((ThrowsTree) tag).getDescription()).strip());
                default -> { }
            }
        }
        return text.toString();
    }

    private static String text(List<? extends DocTree> trees) {
        StringBuilder text = new StringBuilder();
        for (DocTree tree : trees) {
            switch (tree.getKind()) {
                case TEXT -> text.append(((TextTree) tree).getBody().replaceAll("\\s*\\n\\s*", " "));
                case CODE, LITERAL -> text.append(((LiteralTree) tree).getBody().getBody());
                case LINK, LINK_PLAIN -> {
                    LinkTree link = (LinkTree) tree;
                    text.append(link.getLabel().isEmpty() ? link.getReference().getSignature().replaceFirst("^#", "").replace('#', '.')
                            : text(link.getLabel()));
                }
                case START_ELEMENT -> {
                    String name = ((StartElementTree) tree).getName().toString();
                    text.append(name.equalsIgnoreCase("p") ? "\n\n" : name.equalsIgnoreCase("li") ? "\n- " : "");
                }
                case ENTITY -> text.append(ENTITIES.getOrDefault(((EntityTree) tree).getName().toString(), "?"));
                case END_ELEMENT -> { }
                default -> text.append(tree);
            }
        }
        return text.toString();
    }
}
