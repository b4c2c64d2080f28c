package org.networkacademy.account;

/** Roles of platform users; Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {
    TRAINEE, TRAINER, ADMIN;

    /** Role names as constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String TRAINEE = "TRAINEE";
        public static final String TRAINER = "TRAINER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
