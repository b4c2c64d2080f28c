package org.networkacademy.xapi.lrs;

import java.util.Set;

/**
 * The xAPI authorization scopes this LRS honours (xAPI 1.0.3 Communication §4.2, OAuth scope list).
 * As Spring Security authorities they carry the prefix {@code SCOPE_}.
 */
public final class LrsScope {

    private LrsScope() {
    }

    /** Everything. */
    public static final String ALL = "all";
    /** Read everything (statements, and later documents). */
    public static final String ALL_READ = "all/read";
    /** Store statements. */
    public static final String STATEMENTS_WRITE = "statements/write";
    /** Read every statement. */
    public static final String STATEMENTS_READ = "statements/read";
    /** Read only the statements this client stored (its authority). */
    public static final String STATEMENTS_READ_MINE = "statements/read/mine";
    /** Documents: state API. */
    public static final String STATE = "state";

    /** Every scope an admin can grant. */
    public static final Set<String> KNOWN = Set.of(ALL, ALL_READ, STATEMENTS_WRITE, STATEMENTS_READ, STATEMENTS_READ_MINE, STATE);

    /** @return the Spring Security authority of a scope */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
