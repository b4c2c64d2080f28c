package org.networkacademy.account;

/**
 * What a person enters to create an account.
 *
 * @param displayName full name as it should appear (any script, up to 200 characters)
 * @param email       e-mail address used to log in
 * @param password    password in clear text, at least 10 characters; hashed with BCrypt, never stored
 * @param institution the person's institution
 * @param country     ISO 3166-1 alpha-2 code
 */
public record Registration(String displayName, String email, String password, String institution, String country) {
}
