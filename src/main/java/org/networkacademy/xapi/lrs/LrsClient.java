package org.networkacademy.xapi.lrs;

import java.time.Instant;
import java.util.Set;

/**
 * An LRS client: credentials an xAPI tool uses with HTTP Basic (xAPI 1.0.3 Communication §4.1).
 *
 * @param id        database id
 * @param key       the Basic user name (public)
 * @param name      a label for admins; also the {@code name} of the client's authority Agent
 * @param scopes    granted scopes, see {@link LrsScope}
 * @param active    false once revoked
 * @param createdAt when issued (UTC)
 */
public record LrsClient(long id, String key, String name, Set<String> scopes, boolean active, Instant createdAt) {
}
