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
    /** Read everything: statements, documents (GET/HEAD of State, Activity Profile, Agent Profile). */
    public static final String ALL_READ = "all/read";
    /** Store statements. */
    public static final String STATEMENTS_WRITE = "statements/write";
    /** Read every statement. */
    public static final String STATEMENTS_READ = "statements/read";
    /** Read only the statements this client stored (its authority). */
    public static final String STATEMENTS_READ_MINE = "statements/read/mine";
    /** Read and write State documents ({@code /xapi/activities/state}), for any activity and agent. */
    public static final String STATE = "state";
    /** Read and write Activity Profile and Agent Profile documents, for any activity and agent. */
    public static final String PROFILE = "profile";
    /**
     * (Re)define activities: statements stored with this scope (or {@link #ALL}) shape the LRS's canonical
     * activity definitions (Activities resource, {@code format=canonical}); others are stored but do not.
     */
    public static final String DEFINE = "define";

    /** Every scope an admin can grant. */
    public static final Set<String> KNOWN = Set.of(ALL, ALL_READ, STATEMENTS_WRITE, STATEMENTS_READ, STATEMENTS_READ_MINE, STATE,
            PROFILE, DEFINE);

    /** @return the Spring Security authority of a scope */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
