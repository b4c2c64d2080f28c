package org.networkacademy.xapi.validation;

import java.util.Optional;

/**
 * The xAPI versions this platform validates against, chosen from the request's
 * {@code X-Experience-API-Version} header (xAPI 1.0.3 Communication §3.3).
 */
public enum XapiVersion {
    /** xAPI 1.0.3 (accepts statements with {@code version} 1.0 / 1.0.x). */
    V1_0_3("1.0.3"),
    /** xAPI 2.0.0 / IEEE 9274.1.1 (accepts statements with {@code version} 1.0.x or 2.0.x). */
    V2_0_0("2.0.0");

    private final String label;

    XapiVersion(String label) {
        this.label = label;
    }

    /**
     * Maps an {@code X-Experience-API-Version} header value to a version: {@code 1.0}, {@code 1.0.0} ..
     * {@code 1.0.3} give {@link #V1_0_3}; {@code 2.0} and {@code 2.0.0} give {@link #V2_0_0}.
     *
     * @param header the header value (surrounding whitespace ignored); may be null
     * @return the version, or empty for a missing or unsupported value (the LRS answers 400)
     */
    public static Optional<XapiVersion> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return switch (header.strip()) {
            case "1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3" -> Optional.of(V1_0_3);
            case "2.0", "2.0.0" -> Optional.of(V2_0_0);
            default -> Optional.empty();
        };
    }

    /** @return the full version number, {@code 1.0.3} or {@code 2.0.0}, e.g. for the response header */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "xAPI " + label;
    }
}
