package org.dendrite.kernel.docs;

import java.util.List;

/**
 * The Javadoc of a method or constructor (whose name is its class's simple name): its parameter
 * names, its declaration as written ({@code Tensor randn(int... shape)}), first sentence and text.
 */
public record MemberDoc(String name, List<String> parameterNames, String declaration, boolean isPublic,
                        String summary, String text) {
}
