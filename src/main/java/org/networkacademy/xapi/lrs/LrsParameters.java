package org.networkacademy.xapi.lrs;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;
import java.util.TreeSet;

/**
 * The parameter check every LRS resource makes before reading its parameters: only the resource's own
 * parameters, each at most once. xAPI gives each parameter one value (1.0.3 Communication §2.1.3, §2.2); a
 * repeated one (e.g. two {@code since}) is refused rather than one of its values silently used.
 */
final class LrsParameters {

    private LrsParameters() {
    }

    /**
     * @param request  the request (query string and, for the alternate request syntax, form fields)
     * @param allowed  the resource's parameter names
     * @param resource how the resource is named in the message, e.g. "this resource (Communication 2.1)"
     * @throws LrsRequestException 400 naming the first unknown or repeated parameter; an unknown one's message lists
     *                             the allowed names in alphabetical order
     */
    static void check(HttpServletRequest request, Set<String> allowed, String resource) {
        request.getParameterMap().forEach((name, values) -> {
            if (!allowed.contains(name)) {
                throw new LrsRequestException(400, name + ": unknown parameter for " + resource
                        + (allowed.isEmpty() ? " (it takes none)" : " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
            if (values.length > 1) {
                throw new LrsRequestException(400, name + ": given " + values.length + " times; each parameter takes one value");
            }
        });
    }
}
