package org.dendrite.kernel.maven;

/** An artifact's Maven name and version: {@code group:artifact:version}. */
public record Coordinates(String groupId, String artifactId, String version) {

    /** The artifact without its version, {@code group:artifact}: two versions of one artifact share it. */
    public String key() {
        return groupId + ":" + artifactId;
    }

    @Override
    public String toString() {
        return key() + ":" + version;
    }
}
