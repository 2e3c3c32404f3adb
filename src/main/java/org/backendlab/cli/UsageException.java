package org.backendlab.cli;

/** A bad command line or input file; its message is printed as one line and the exit code is 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
