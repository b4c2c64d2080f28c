package org.networkacademy.xapi.model;

/**
 * Thrown by {@link XapiJson} when text is not JSON or does not fit the xAPI model (a wrong JSON type
 * such as a string where a number or object is required). Unchecked.
 */
public class XapiJsonException extends RuntimeException {

    /**
     * @param message what went wrong, including the JSON location where known
     * @param cause   the underlying Jackson exception, may be null
     */
    public XapiJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
