package org.dendrite.kernel.protocol;

import java.util.Optional;

/** A received message that the kernel rejects unread: bad signature, missing frames, bad JSON. */
public final class InvalidMessageException extends RuntimeException {

    private final transient Message answerable;

    /** A message that cannot be answered: its signature, frames or header are wrong. */
    public InvalidMessageException(String reason) {
        this(reason, null);
    }

    /**
     * A correctly signed message with a readable header but a broken body; {@code envelope}
     * (its identities and header, empty parts) lets the kernel send an error reply.
     */
    public InvalidMessageException(String reason, Message envelope) {
        super(reason);
        this.answerable = envelope;
    }

    /** The envelope to reply to, when the sender can be told what was wrong. */
    public Optional<Message> answerable() {
        return Optional.ofNullable(answerable);
    }
}
