package org.networkacademy.account;

/**
 * What a person enters to create an account.
 *
 * @param displayName full name as it should appear (any script, up to 200 characters)
 * @param email       e-mail address used to log in
 * @param password    password in clear text, at least 10 characters; hashed with BCrypt, never stored
 * @param institution the person's institution
 * @param country     ISO 3166-1 alpha-2 code
 * @param language    UI language tag chosen while registering ({@code en}, {@code fr}, {@code es},
 *                    {@code ar}), or null to follow the browser's language
 */
public record Registration(String displayName, String email, String password, String institution, String country,
                           String language) {

    /** A registration without a chosen UI language (imports, demo data, admin-created users). */
    public Registration(String displayName, String email, String password, String institution, String country) {
        this(displayName, email, password, institution, country, null);
    }
}
