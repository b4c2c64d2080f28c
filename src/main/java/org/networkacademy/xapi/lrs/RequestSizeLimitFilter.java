package org.networkacademy.xapi.lrs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The largest request body the LRS takes under {@code /xapi/} (statements with their attachments, documents,
 * alternate-syntax forms): a bigger body is answered <b>413 Request Entity Too Large</b> naming the limit, before
 * authentication and before anything is stored (xAPI 1.0.3 Communication §3.2 and 2.0.0 §3.2: 413 "Request Entity
 * Too Large", the LRS chooses its limit). A declared {@code Content-Length} over the limit is
 * refused at once, without reading the body; a chunked body is counted while it is read and refused when it passes
 * the limit. Registered first among the LRS filters, so the alternate request syntax filter's form reading is
 * bounded too. The limit is {@code networkacademy.xapi.max-request-size} ({@code NA_XAPI_MAX_REQUEST_SIZE},
 * default 50 MiB = 52,428,800 bytes).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    /** @param limit the largest body taken, in bytes (at least 1 KB) */
    RequestSizeLimitFilter(DataSize limit) {
        if (limit.toBytes() < 1024) {
            throw new IllegalArgumentException("networkacademy.xapi.max-request-size must be at least 1KB, got " + limit);
        }
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        Bounded bounded = new Bounded(request, limit);
        try {
            chain.doFilter(bounded, response);
        } catch (RuntimeException | ServletException | IOException e) {
            // a chunked body passed the limit in a filter that read it (MVC maps it through LrsExceptionHandler)
            if (!bounded.exceeded || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setHeader(XapiVersionFilter.HEADER,
                XapiVersion.fromHeader(request.getHeader(XapiVersionFilter.HEADER)).orElse(XapiVersion.V1_0_3).label());
        response.setContentType("application/json");
        response.setHeader("Connection", "close"); // the rest of the body is not read
        var body = XapiJson.MAPPER.createObjectNode().put("error", message(limit));
        response.getWriter().write(body.toString());
    }

    static String message(long limit) {
        return "the request body is larger than this LRS takes (" + DataSize.ofBytes(limit).toMegabytes() + " MiB, "
                + limit + " bytes; networkacademy.xapi.max-request-size) (xAPI Communication 3.2)";
    }

    /** Thrown by the bounded stream once the body passes the limit: an {@link LrsRequestException} with 413. */
    static final class TooLarge extends LrsRequestException {
        TooLarge(long limit) {
            super(413, message(limit));
        }
    }

    /** The request with an input stream that counts what is read and stops at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private boolean exceeded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            exceeded = true;
                            throw new TooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
