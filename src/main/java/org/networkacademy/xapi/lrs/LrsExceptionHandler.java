package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.StatementConflictException;
import org.networkacademy.xapi.model.XapiJsonException;
import org.networkacademy.xapi.validation.InvalidStatementException;
import org.networkacademy.xapi.validation.Violation;
import org.networkacademy.xapi.model.XapiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.node.ObjectNode;

/**
 * Error answers of the LRS resources: a JSON object {@code {"error": message, "violations": [...]}}
 * whose message names the failing property or parameter, with the status the spec asks for.
 */
@RestControllerAdvice(basePackageClasses = LrsExceptionHandler.class)
class LrsExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LrsExceptionHandler.class);

    @ExceptionHandler(LrsRequestException.class)
    ResponseEntity<String> request(LrsRequestException e) {
        return error(e.status(), e.getMessage(), null);
    }

    @ExceptionHandler(StatementConflictException.class)
    ResponseEntity<String> conflict(StatementConflictException e) {
        return error(e.status(), e.getMessage(), null);
    }

    @ExceptionHandler(InvalidStatementException.class)
    ResponseEntity<String> invalid(InvalidStatementException e) {
        return error(400, e.getMessage(), e);
    }

    @ExceptionHandler(XapiJsonException.class)
    ResponseEntity<String> json(XapiJsonException e) {
        return error(400, e.getMessage(), null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> illegal(IllegalArgumentException e) {
        log.debug("LRS request refused", e);
        return error(400, e.getMessage(), null);
    }

    /** Spring MVC's own refusals (405, 404, 415, …) answered here: sendError would end in the UI's log-in redirect. */
    /** Every attempt met a deadlock or lock wait (many writers of one document at once): the client may send it again. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<String> busy(org.springframework.dao.PessimisticLockingFailureException e) {
        log.warn("LRS request gave up after repeated lock conflicts: {}", e.getMessage());
        return ResponseEntity.status(503).header("Retry-After", "1").contentType(MediaType.APPLICATION_JSON)
                .body(XapiJson.MAPPER.createObjectNode().put("error", "busy: other requests are writing the same data; send it again").toString());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> other(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse r) {
            return error(r.getStatusCode().value(), e.getMessage(), null);
        }
        log.error("LRS request failed", e);
        return error(500, "internal error", null);
    }

    private static ResponseEntity<String> error(int status, String message, InvalidStatementException invalid) {
        ObjectNode body = XapiJson.MAPPER.createObjectNode();
        body.put("error", message);
        if (invalid != null) {
            var list = body.putArray("violations");
            for (Violation v : invalid.violations()) {
                list.addObject().put("path", v.path()).put("message", v.message());
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body.toString());
    }
}
