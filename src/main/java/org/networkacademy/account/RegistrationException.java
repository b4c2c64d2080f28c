package org.networkacademy.account;

/**
 * A registration was refused; {@link #field()} names the input at fault and the message is an
 * i18n key for the reason.
 */
public class RegistrationException extends RuntimeException {

    private final String field;

    /**
     * @param field      the input at fault, e.g. {@code email}
     * @param messageKey translation key of the reason
     */
    public RegistrationException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** @return the input at fault */
    public String field() {
        return field;
    }
}
