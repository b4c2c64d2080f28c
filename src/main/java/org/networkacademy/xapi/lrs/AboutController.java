package org.networkacademy.xapi.lrs;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The About resource (xAPI 1.0.3 Communication §2.8): the xAPI versions this LRS speaks; no credentials needed. */
@RestController
class AboutController {

    @GetMapping("/xapi/about")
    ResponseEntity<String> about() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body("{\"version\":[\"1.0.0\",\"1.0.1\",\"1.0.2\",\"1.0.3\",\"2.0.0\"],"
                        + "\"extensions\":{\"https://network-academy.org/xapi/extensions/lrs\":\"Network Academy built-in LRS\"}}");
    }
}
