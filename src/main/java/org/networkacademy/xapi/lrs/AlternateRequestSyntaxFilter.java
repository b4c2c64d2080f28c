package org.networkacademy.xapi.lrs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The alternate request syntax of xAPI 1.0.3 (Communication §1.3, for clients that can only send
 * GET/POST cross-origin): {@code POST …?method=PUT} with an {@code application/x-www-form-urlencoded}
 * body carrying the headers ({@code Authorization}, {@code X-Experience-API-Version},
 * {@code Content-Type}, {@code If-Match}, {@code If-None-Match}), the resource parameters and the
 * {@code content}. The request is rewritten into the request it stands for before version checks,
 * authentication and dispatch. Other query parameters than {@code method} are refused (400). xAPI 2.0
 * dropped this syntax, so it is only honoured for 1.0.x requests.
 *
 * <p>Every request under {@code /xapi/} first has its query string (and the alternate syntax its form body)
 * decoded by {@link FormEncoding}: a malformed {@code %} escape or non-UTF-8 bytes are answered 400 naming the
 * parameter, with the {@code X-Experience-API-Version} header (the container would fail with 500).
 */
class AlternateRequestSyntaxFilter extends OncePerRequestFilter {

    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        Map<String, java.util.List<String>> queryParams;
        try {
            queryParams = FormEncoding.parse(query);
        } catch (FormEncoding.MalformedException e) {
            refuse(request, response, e.parameter() + ": " + e.getMessage() + " in the query string");
            return;
        }
        if (!"POST".equals(request.getMethod()) || query == null || !query.startsWith("method=")
                && !query.contains("&method=")) {
            chain.doFilter(isForm(request) ? new QueryParametersOnly(request, queryParams) : request, response);
            return;
        }
        String method = queryParams.get("method").getFirst().toUpperCase(Locale.ROOT);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method) || !type.startsWith("application/x-www-form-urlencoded") || query.contains("&")) {
            response.setStatus(400);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"alternate request syntax: only ?method=<GET|PUT|POST|DELETE> with a form body (Communication 1.3)\"}");
            return;
        }
        // Headers sent as real headers count too; a form field of the same name wins (Communication 1.3).
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : HEADERS) {
            if (!name.equals("content-type") && request.getHeader(name) != null) {
                headers.put(name, request.getHeader(name));
            }
        }
        Map<String, java.util.List<String>> form;
        try {
            // Decoded here, not by the container, which fails with 500 on a malformed escape.
            form = FormEncoding.parse(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (FormEncoding.MalformedException e) {
            refuse(request, response, e.parameter() + ": " + e.getMessage() + " in the form body (Communication 1.3)");
            return;
        }
        Map<String, String[]> params = new LinkedHashMap<>();
        String content = "";
        for (Map.Entry<String, java.util.List<String>> e : form.entrySet()) {
            String key = e.getKey();
            if (key.equals("method")) {
                continue;
            }
            if (key.equals("content")) {
                content = e.getValue().getFirst();
            } else if (HEADERS.contains(key.toLowerCase(Locale.ROOT))) {
                headers.put(key, e.getValue().getFirst());
            } else {
                params.put(key, e.getValue().toArray(String[]::new));
            }
        }
        if (headers.getOrDefault("X-Experience-API-Version", "").strip().startsWith("2")) {
            response.setStatus(400);
            response.setHeader("X-Experience-API-Version", "2.0.0");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"xAPI 2.0 has no alternate request syntax\"}");
            return;
        }
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        if (body.length > 0) {
            // The form's own type is not the content's: without a Content-Type field the content is a JSON document.
            headers.putIfAbsent("Content-Type", "application/json");
        }
        chain.doFilter(new Rewritten(request, method, headers, params, body), response);
    }

    /**
     * 400 for a request whose parameters cannot be decoded, with the version header of the request (1.0.3
     * when it has none or an unsupported one, as {@link XapiVersionFilter} answers).
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setStatus(400);
        response.setHeader(XapiVersionFilter.HEADER, org.networkacademy.xapi.validation.XapiVersion
                .fromHeader(request.getHeader(XapiVersionFilter.HEADER))
                .orElse(org.networkacademy.xapi.validation.XapiVersion.V1_0_3).label());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(org.networkacademy.xapi.model.XapiJson.MAPPER.createObjectNode().put("error", message).toString());
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A request whose parameters are a fixed map chosen by this filter instead of the container's. */
    private abstract static class ParameterMapRequest extends HttpServletRequestWrapper {
        /** The parameters, unmodifiable; set once by the subclass's constructor. */
        protected Map<String, String[]> params = Map.of();

        ParameterMapRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }
    }

    /**
     * A request with a form content type that is not the alternate syntax: its body is a document (or a
     * statement to reject), not parameters. Parameters come from the query string only, and the body stays
     * readable as sent — the container would otherwise parse a POSTed body such as {@code 1} into a
     * parameter named "1" and consume it (Communication 2.2: a document's content is not checked).
     */
    private static final class QueryParametersOnly extends ParameterMapRequest {
        private byte[] body;

        /** @param queryParams the query string's parameters, decoded by {@link FormEncoding} */
        QueryParametersOnly(HttpServletRequest request, Map<String, java.util.List<String>> queryParams) {
            super(request);
            Map<String, String[]> map = new LinkedHashMap<>();
            queryParams.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
            super.params = Collections.unmodifiableMap(map);
        }


        /** Buffered, so that a later filter reading the form (Spring's FormContentFilter for PUT) leaves it intact. */
        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = super.getInputStream().readAllBytes();
            }
            return new BytesInputStream(body);
        }
    }

    private static final class BytesInputStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BytesInputStream(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }
    }

    /** The request the form stood for. */
    private static final class Rewritten extends ParameterMapRequest {
        private final String method;
        private final Map<String, String> headers;
        private final byte[] body;

        Rewritten(HttpServletRequest request, String method, Map<String, String> headers, Map<String, String[]> params, byte[] body) {
            super(request);
            this.method = method;
            this.headers = headers;
            super.params = Collections.unmodifiableMap(params);
            this.body = body;
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getHeader(String name) {
            if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                return headers.get(name);
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                String v = headers.get(name);
                return Collections.enumeration(v == null ? java.util.List.of() : java.util.List.of(v));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = new java.util.LinkedHashSet<String>();
            Collections.list(super.getHeaderNames()).stream().filter(n -> !HEADERS.contains(n.toLowerCase(Locale.ROOT))).forEach(names::add);
            names.addAll(headers.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public String getContentType() {
            return headers.get("Content-Type");
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getQueryString() {
            return null;
        }


        @Override
        public ServletInputStream getInputStream() {
            return new BytesInputStream(body);
        }
    }
}
