package org.dendrite.data;

/**
 * A data file that cannot be used: a wrong magic number, a truncated file, labels that do not
 * match the images, or a checksum mismatch. The message names the file and says what was
 * expected and what was found.
 */
public class DataFileException extends RuntimeException {

    /** An error about {@code file}: the message is prefixed with the file's name. */
    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
    }

    /** An error about {@code file}, caused by {@code cause}. */
    public DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
