package org.dendrite.kernel.docs;

import java.util.List;

/** A package's first sentence and its public classes. */
public record PackageDoc(String name, String summary, List<TypeDoc> types) {
}
