package org.networkacademy.base;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.function.Supplier;

/**
 * Values remembered for the rest of the current HTTP request, so that the several service calls
 * behind one page (layout, view, the grid's first page) look the current user or a cohort up once
 * instead of once per call. A Vaadin round trip is one request: the next click or scroll loads
 * afresh, so a deactivated account or a removed trainer is refused from the next request on.
 *
 * <p>Kept in Spring's request attributes, which Spring Boot's {@code RequestContextFilter} binds
 * for every servlet request (Vaadin's included). Outside a request (start-up, background jobs,
 * tests that bind none) nothing is remembered and every call loads. Only successful look-ups are
 * remembered; a supplier that throws (e.g. access denied) is asked again next time.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ":";

    private RequestMemo() {
    }

    /**
     * @param key  what is remembered, including everything the value depends on (e.g. the user)
     * @param load computes the value; not called again in this request once it returned non-null
     * @return the remembered or freshly loaded value
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> load) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.get();
        }
        T value = (T) request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        if (value == null) {
            value = load.get();
            if (value != null) {
                request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return value;
    }

    /** Forgets the value of {@code key} in this request (after a change to what it was loaded from). */
    public static void forget(String key) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Forgets every value whose key starts with {@code keyPrefix} in this request. */
    public static void forgetAll(String keyPrefix) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
                if (name.startsWith(PREFIX + keyPrefix)) {
                    request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
                }
            }
        }
    }
}
