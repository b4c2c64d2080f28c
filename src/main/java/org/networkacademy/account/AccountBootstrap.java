package org.networkacademy.account;

import org.networkacademy.base.config.DatabaseServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Accounts that must exist on first start.
 *
 * <ul>
 *   <li>Embedded database (the zero-install demo run): one trainee, one trainer and one admin,
 *   printed in the log and listed in the README.</li>
 *   <li>External database: nothing but the first admin, taken from {@code NA_ADMIN_EMAIL} and
 *   {@code NA_ADMIN_PASSWORD} when no admin exists yet.</li>
 * </ul>
 */
@Component
class AccountBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    /** Demo accounts; the passwords are public on purpose (README) and only exist on the embedded database. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("trainee@demo.network-academy.org", "trainee-demo-1", "Amina Trainee", Role.TRAINEE),
            new DemoAccount("trainer@demo.network-academy.org", "trainer-demo-1", "Carlos Trainer", Role.TRAINER),
            new DemoAccount("admin@demo.network-academy.org", "admin-demo-1!", "Programme Admin", Role.ADMIN));

    record DemoAccount(String email, String password, String name, Role role) {
    }

    private final AccountService accounts;
    private final DatabaseServer database;
    private final String demoMode;
    private final String adminEmail;
    private final String adminPassword;

    AccountBootstrap(AccountService accounts, DatabaseServer database,
                     @Value("${networkacademy.demo.accounts:auto}") String demoMode,
                     @Value("${networkacademy.bootstrap.admin-email:}") String adminEmail,
                     @Value("${networkacademy.bootstrap.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.database = database;
        this.demoMode = demoMode;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0) // before demo data that needs the accounts (cohort/DemoCohortBootstrap)
    void onReady() {
        if (database.isEmbedded() && "auto".equals(demoMode)) {
            createDemoAccounts();
        } else if (!adminEmail.isBlank() && !accounts.anyWithRole(Role.ADMIN)) {
            accounts.create(new Registration("Administrator", adminEmail, adminPassword, "Network Academy", "CH"),
                    Set.of(Role.ADMIN));
            log.info("Created the first admin account {} from NA_ADMIN_EMAIL", adminEmail);
        }
    }

    private void createDemoAccounts() {
        var lines = new StringBuilder("Demo accounts (embedded database only):");
        for (DemoAccount d : DEMO_ACCOUNTS) {
            if (accounts.findByEmail(d.email()).isEmpty()) {
                Set<Role> roles = d.role() == Role.TRAINEE ? Set.of(Role.TRAINEE) : Set.of(Role.TRAINEE, d.role());
                accounts.create(new Registration(d.name(), d.email(), d.password(), "Demo Trade Promotion Organisation", "KE"), roles);
            }
            lines.append(String.format("%n  %-8s %s / %s", d.role().name().toLowerCase(), d.email(), d.password()));
        }
        log.info("{}", lines);
    }
}
