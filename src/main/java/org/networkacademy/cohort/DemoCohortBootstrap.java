package org.networkacademy.cohort;

import org.networkacademy.account.AccountService;
import org.networkacademy.base.config.DatabaseServer;
import org.networkacademy.content.CourseCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;

/**
 * Demo data of the cohort feature, on the embedded database only (like the demo accounts of
 * {@code account/AccountBootstrap}, which runs first): a running cohort trained by the demo
 * trainer, with the demo trainee enrolled. Created once; nothing happens on an external database.
 */
@Component
class DemoCohortBootstrap {

    private static final Logger log = LoggerFactory.getLogger(DemoCohortBootstrap.class);
    /** The demo accounts' e-mails, as listed in the README and created by AccountBootstrap. */
    static final String DEMO_TRAINER = "trainer@demo.network-academy.org";
    static final String DEMO_TRAINEE = "trainee@demo.network-academy.org";

    private final AccountService accounts;
    private final CohortService cohorts;
    private final CohortRepository repository;
    private final CourseCatalog catalog;
    private final DatabaseServer database;
    private final String demoMode;

    DemoCohortBootstrap(AccountService accounts, CohortService cohorts, CohortRepository repository, CourseCatalog catalog,
                        DatabaseServer database, @Value("${networkacademy.demo.accounts:auto}") String demoMode) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.repository = repository;
        this.catalog = catalog;
        this.database = database;
        this.demoMode = demoMode;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady() {
        if (!database.isEmbedded() || !"auto".equals(demoMode) || repository.count() > 0) {
            return;
        }
        var trainer = accounts.findByEmail(DEMO_TRAINER);
        var trainee = accounts.findByEmail(DEMO_TRAINEE);
        if (trainer.isEmpty() || trainee.isEmpty()) {
            return;
        }
        try {
            runAs(DEMO_TRAINER);
            Cohort cohort = cohorts.create(new CohortDetails("Demo cohort", catalog.defaultModule().id(), null,
                    LocalDate.now(), LocalDate.now().plusWeeks(8), CohortStatus.RUNNING, Set.of()));
            runAs(DEMO_TRAINEE);
            cohorts.join(cohort.getJoinCode());
            log.info("Demo cohort '{}' created (trainer {}, join code {})", cohort.getName(), DEMO_TRAINER, cohort.getJoinCode());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void runAs(String email) {
        var details = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
