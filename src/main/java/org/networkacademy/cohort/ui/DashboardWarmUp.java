package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.networkacademy.account.AccountService;
import org.networkacademy.cohort.Dashboard.Cell;
import org.networkacademy.cohort.Dashboard.CellState;
import org.networkacademy.cohort.Dashboard.Column;
import org.networkacademy.cohort.Dashboard.LearnerRow;
import org.networkacademy.cohort.TrainerDashboard;
import org.networkacademy.content.CourseCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Makes the first opening of a trainer dashboard after a restart about as fast as the later ones
 * (issue 4, docs/benchmarks.md). Measured without it, the first render after start-up took 2–4×
 * a warm one: about 360 classes to load (Vaadin's grid and its data communication, the layout's
 * components, Hibernate's query handling) and Hibernate's first interpretation of each query,
 * all while the JIT compilers compete for the CPU.
 *
 * <p>Once the application is ready, a background thread (start-up is not delayed; requests are
 * served meanwhile) runs what opening the dashboard runs, on nothing: the look-up of a user that
 * does not exist, every dashboard query for cohort 0 ({@link TrainerDashboard#warmUp()}), one
 * creation of the view through Spring (thrown away before it is shown), and the learner grid of
 * the default module built and rendered for made-up learners in a detached UI that is never shown
 * to anyone. No data is read or written. Each step may fail (e.g. a Vaadin internal
 * changed): it is then logged and skipped; users only lose the head start.
 *
 * <p>Off with {@code networkacademy.warm-up.enabled=false} (the tests do so; the benchmark not).
 */
@Component
public class DashboardWarmUp implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);
    private static final int ROWS = 50;
    /** Renders of the grid: enough for the JIT to compile the row and cell code before the first trainer. */
    private static final int ROUNDS = 10;
    private static final Duration SERVICE_WAIT = Duration.ofSeconds(30);

    private final AccountService accounts;
    private final TrainerDashboard dashboard;
    private final CourseCatalog catalog;
    private final AutowireCapableBeanFactory beans;
    private final boolean enabled;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Duration took;
    private final java.util.concurrent.atomic.AtomicInteger skipped = new java.util.concurrent.atomic.AtomicInteger();
    /** Vaadin's service, once the servlet started (at the first request, or at start-up); then the UI part runs. */
    private final CompletableFuture<VaadinService> service = new CompletableFuture<>();

    DashboardWarmUp(AccountService accounts, TrainerDashboard dashboard, CourseCatalog catalog,
                    AutowireCapableBeanFactory beans, @Value("${networkacademy.warm-up.enabled:true}") boolean enabled) {
        this.accounts = accounts;
        this.dashboard = dashboard;
        this.catalog = catalog;
        this.beans = beans;
        this.enabled = enabled;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service.complete(event.getSource());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            done.countDown();
            return;
        }
        Thread.ofPlatform().daemon().name("dashboard-warm-up").start(this::run);
    }

    /**
     * Waits for the warm-up to end (the benchmark measures the first render after it).
     *
     * @return false when it did not end within {@code timeout}
     */
    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return how long the warm-up took, null while it runs or when it is off */
    public Duration took() {
        return took;
    }

    private void run() {
        long start = System.nanoTime();
        // an anonymous caller: the warm-up method is @PermitAll, and nobody's data is involved
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("warm-up", "warm-up",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            step("user look-up", () -> accounts.findByEmail("warm-up@example.invalid"));
            step("dashboard queries", dashboard::warmUp);
            // Vaadin creates each view through Spring; the first creation of a class resolves its
            // constructor and matches the class against every advisor (then remembered)
            step("dashboard view", () -> beans.createBean(CohortDashboardView.class));
            List<Column> columns = TrainerDashboard.columnsOf(catalog.defaultModule());
            List<LearnerRow> rows = madeUpRows(columns);
            // Vaadin's service starts with the servlet; wait for it a while, else warm up what needs none
            VaadinService vaadin = awaitService();
            for (int round = 0; round < ROUNDS; round++) {
                step("dashboard grid", () -> renderOffline(vaadin, columns, rows));
            }
        } finally {
            SecurityContextHolder.clearContext();
            took = Duration.ofNanos(System.nanoTime() - start);
            log.info("Trainer dashboard warmed up in {} ms", took.toMillis());
            done.countDown();
        }
    }

    private void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError e) {
            skipped.incrementAndGet();
            log.info("Warm-up step '{}' skipped: {}", what, e.toString());
        }
    }

    /** @return how many steps failed and were skipped (0 when all went through) */
    public int skippedSteps() {
        return skipped.get();
    }

    /** @return Vaadin's service once its servlet started, null when it did not within {@link #SERVICE_WAIT} */
    private VaadinService awaitService() {
        try {
            return service.get(SERVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Builds the layout's components and the grid in a detached UI and lets the grid send a page of rows. */
    private static void renderOffline(VaadinService vaadin, List<Column> columns, List<LearnerRow> rows) {
        UI ui = new UI();
        if (vaadin != null) {
            ui.getInternals().setSession(new DetachedSession(vaadin));
        }
        var header = new HorizontalLayout(new DrawerToggle(), new Anchor("", "Network Academy"), new Span("warm-up"),
                new Button("warm-up", VaadinIcon.SIGN_OUT.create()));
        var nav = new SideNav();
        nav.addItem(new SideNavItem("warm-up", "warm-up", VaadinIcon.BOOK.create()));
        var layout = new AppLayout();
        layout.addToNavbar(header);
        layout.addToDrawer(nav);
        var grid = CohortDashboardView.learnerGrid(columns, (key, params) -> key,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC));
        // lazy, as in the view: the data provider is asked for a page and the count
        grid.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
        var page = new com.vaadin.flow.component.orderedlayout.VerticalLayout(new H1("warm-up"), new Nav(), new Paragraph("warm-up"), grid);
        layout.setContent(page);
        ui.add(layout);
        if (vaadin == null) {
            return; // components built; sending data needs a session
        }
        // what a response does before it is written: the grid's data communicator generates the rows' JSON
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> { });
    }

    /** A session of nobody for the detached UI: no HTTP session, never stored; only the warm-up thread uses it. */
    private static final class DetachedSession extends com.vaadin.flow.server.VaadinSession {
        DetachedSession(VaadinService service) {
            super(service);
        }

        @Override
        public boolean hasLock() {
            return true;
        }

        @Override
        public void checkHasLock() {
        }

        @Override
        public void checkHasLock(String message) {
        }
    }

    /** Learners with every kind of cell, so that every branch of the cell rendering runs. */
    private static List<LearnerRow> madeUpRows(List<Column> columns) {
        CellState[] states = CellState.values();
        var rows = new ArrayList<LearnerRow>();
        for (int i = 0; i < ROWS; i++) {
            var cells = new HashMap<String, Cell>();
            for (int c = 0; c < columns.size(); c++) {
                CellState state = states[(i + c) % states.length];
                cells.put(columns.get(c).key(), new Cell(state, state == CellState.PASSED || state == CellState.FAILED ? 50 + c % 50 : null));
            }
            rows.add(new LearnerRow(-1 - i, -1 - i, "Learner " + i, "Institution", "KE", i % 20, i * 2 % 100,
                    Instant.EPOCH.plusSeconds(86_400L * i), cells));
        }
        return rows;
    }
}
