package org.networkacademy.xapi.lrs;

/** A request the LRS refuses, with the HTTP status and a message naming the parameter or property at fault. */
public class LrsRequestException extends RuntimeException {

    private final int status;

    /**
     * @param status  HTTP status (400, 404, 409, 412, …)
     * @param message what is wrong
     */
    public LrsRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }
}
