package org.networkacademy.xapi.lrs;

import org.networkacademy.base.config.DatabaseServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The demo LRS client of the zero-install run (embedded database only, like the demo accounts):
 * key and secret are public on purpose, printed in the log and listed in the README.
 */
@Component
class LrsDemoClient {

    static final String KEY = "demo-lrs-client";
    static final String SECRET = "demo-lrs-secret-1";

    private static final Logger log = LoggerFactory.getLogger(LrsDemoClient.class);

    private final LrsClientService clients;
    private final DatabaseServer database;
    private final String demoMode;
    private final String baseUrl;

    LrsDemoClient(LrsClientService clients, DatabaseServer database, @Value("${networkacademy.demo.accounts:auto}") String demoMode,
                  org.networkacademy.base.config.PlatformProperties platform) {
        this.clients = clients;
        this.database = database;
        this.demoMode = demoMode;
        this.baseUrl = platform.baseUrl();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!database.isEmbedded() || !"auto".equals(demoMode)) {
            return;
        }
        if (clients.findByKey(KEY).isEmpty()) {
            clients.issue("Demo LRS client", Set.of(LrsScope.ALL), KEY, SECRET);
        }
        log.info("Demo LRS client (embedded database only): endpoint {}/xapi/ key {} secret {}", baseUrl, KEY, SECRET);
    }
}
