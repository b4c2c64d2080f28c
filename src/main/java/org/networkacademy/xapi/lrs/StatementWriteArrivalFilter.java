package org.networkacademy.xapi.lrs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Registers each POST or PUT of {@code /xapi/statements} with {@link InFlightStatements} from its arrival to its answer,
 * so that a GET by {@code statementId} arriving meanwhile can wait for it and X-Experience-API-Consistent-Through stays
 * before it (xAPI 1.0.3 Communication 2.1.3). Registered after the alternate request syntax filter, which turns a
 * {@code POST ?method=PUT} into the PUT it stands for.
 */
class StatementWriteArrivalFilter extends OncePerRequestFilter {

    private final InFlightStatements inFlight;

    StatementWriteArrivalFilter(InFlightStatements inFlight) {
        this.inFlight = inFlight;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/xapi/statements") || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        InFlightStatements.Arrival arrival = inFlight.arrive();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.leave(arrival);
        }
    }
}
