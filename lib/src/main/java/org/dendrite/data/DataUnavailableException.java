package org.dendrite.data;

/**
 * A data set that is neither in the cache nor downloadable (no network, or every mirror
 * failed). The message lists what is missing and the ways to provide it offline.
 */
public class DataUnavailableException extends RuntimeException {

    /** An error whose message says what is missing and how to provide it. */
    public DataUnavailableException(String message) {
        super(message);
    }
}
