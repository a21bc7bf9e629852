/**
 * Maven dependencies for cells ({@code %maven}, {@code %loadFromPOM}): resolved with Maven
 * Resolver, the library Maven itself uses, from Maven Central and added repositories into a local
 * repository; and the artifacts on the cells' class path with the rule for versions that clash.
 * Knows nothing of cells.
 *
 * <p>Uses: no other Dendrite package.
 */
package org.dendrite.kernel.maven;
