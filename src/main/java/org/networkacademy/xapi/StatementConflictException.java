package org.networkacademy.xapi;

/**
 * A statement that cannot be stored because of what is already stored: a different statement with
 * the same id (409 Conflict, xAPI 1.0.3 Communication §2.1.1/§2.1.2), or a voiding statement whose
 * target is itself a voiding statement (400, Data §2.3.2).
 */
public class StatementConflictException extends RuntimeException {

    private final int status;

    /**
     * @param status  the HTTP status the LRS answers with (409 or 400)
     * @param message what is wrong, naming the statement id
     */
    public StatementConflictException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** @return the HTTP status for the LRS answer */
    public int status() {
        return status;
    }
}
