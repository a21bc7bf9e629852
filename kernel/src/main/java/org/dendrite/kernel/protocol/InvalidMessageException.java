package org.dendrite.kernel.protocol;

/** A received message that the kernel rejects unread: bad signature, missing frames, bad JSON. */
public final class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String reason) {
        super(reason);
    }
}
