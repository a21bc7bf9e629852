package org.dendrite.kernel.docs;

import java.util.List;

/** The Javadoc of a class or interface and of its methods and constructors. */
public record TypeDoc(String name, boolean isPublic, String summary, String text, List<MemberDoc> members) {

    /** The name without its package and outer classes. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
