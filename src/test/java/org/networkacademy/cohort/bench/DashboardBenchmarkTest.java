package org.networkacademy.cohort.bench;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortDetails;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.CohortStatus;
import org.networkacademy.cohort.Dashboard;
import org.networkacademy.cohort.TrainerDashboard;
import org.networkacademy.cohort.ui.CohortDashboardView;
import org.networkacademy.cohort.ui.DashboardWarmUp;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark of the trainer dashboard grid (issue 4): a cohort of 500 trainees × 61 activities
 * (a generated 20-lesson module), on the real MariaDB. Measures server time to first render
 * (navigate to the view, one client round trip, fetch of the first page) and per scroll page of
 * 50 rows, and counts SQL statements through the connection pool. Tagged {@code bench}: not part
 * of {@code ./mvnw verify}; run with {@code ./mvnw -Pbench test} (see docs/benchmarks.md).
 */
@Tag("bench")
class DashboardBenchmarkTest extends AbstractAppTest {

    static final int TRAINEES = 500;
    static final int LESSONS = 20;
    static final int PAGE = 50;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createTempDirectory("na-bench-content");
        BenchContent.generate(Path.of("content/modules/tsi-networks").toAbsolutePath(), target, LESSONS);
        registry.add("networkacademy.content.dir", target::toString);
        // as in production: the start-up warm-up runs (-Dbench.warmUp=false measures without it)
        registry.add("networkacademy.warm-up.enabled", () -> System.getProperty("bench.warmUp", "true"));
    }

    @TestConfiguration
    static class CountingPool {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource h && !(bean instanceof CountingDataSource)) {
                        var config = new HikariConfig();
                        h.copyStateTo(config);
                        h.close();
                        return new CountingDataSource(config);
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    CourseCatalog catalog;
    @Autowired
    CohortService cohorts;
    @Autowired
    TrainerDashboard dashboard;
    @Autowired
    DashboardWarmUp warmUp;

    @Test
    @SuppressWarnings("unchecked")
    void grid500x60() throws Exception {
        CourseModule module = catalog.defaultModule();
        assertThat(module.lessons()).hasSize(LESSONS);
        AppUser trainer = accounts.create(new Registration("Bench Trainer", "bench-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Bench", "KE"), EnumSet.of(Role.TRAINEE, Role.TRAINER));
        login(trainer);
        Cohort cohort = cohorts.create(new CohortDetails("Bench cohort", module.id(), null, null, null, CohortStatus.RUNNING, java.util.Set.of()));
        long seedStart = System.nanoTime();
        seed(module, cohort.getId());
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;
        int columns = dashboard.columns(cohort.getId()).size();
        assertThat(dashboard.learnerCount(cohort.getId())).isEqualTo(TRAINEES);

        CountingDataSource.counted = Thread.currentThread();
        var lines = new ArrayList<String>();
        // the first render is measured after the start-up warm-up ended, as for a first user some
        // seconds after a restart; its duration is reported
        assertThat(warmUp.await(java.time.Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.skippedSteps()).as("warm-up steps that failed").isZero();
        lines.add("start-up warm-up: " + (warmUp.took() == null ? "off" : warmUp.took().toMillis() + " ms (background thread)"));
        lines.add("cohort: " + TRAINEES + " trainees x " + columns + " activities; seeded in " + seedMs + " ms");
        // first render, five times (the first is cold: JIT, caches)
        long[] firstMs = new long[5];
        long[][] stepMs = new long[5][];
        String[] jvm = new String[5];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var classes = java.lang.management.ManagementFactory.getClassLoadingMXBean();
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long firstQueries = 0;
        Grid<Dashboard.LearnerRow> grid = null;
        for (int run = 0; run < firstMs.length; run++) {
            newRequest();
            UI.getCurrent().navigate("");
            System.out.println("--- first render, run " + (run + 1));
            newRequest(); // a click on the cohort's link: one request (navigation, then the grid's first page in the response)
            long q0 = CountingDataSource.STATEMENTS.get();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long classes0 = classes.getTotalLoadedClassCount();
            long jit0 = jit.getTotalCompilationTime();
            long t0 = System.nanoTime();
            UI.getCurrent().navigate(CohortDashboardView.class, new RouteParameters("cohortId", String.valueOf(cohort.getId())));
            long t1 = System.nanoTime();
            MockVaadin.clientRoundtrip(false);
            long t2 = System.nanoTime();
            grid = _get(Grid.class, s -> s.withId("learner-grid"));
            // the round trip already fetched the first page, as for a browser; fetching it again, as
            // its own request, keeps the figures comparable with the earlier runs (and errs on the slow side)
            newRequest();
            List<Dashboard.LearnerRow> first = GridKt._fetch(grid, 0, PAGE);
            long t3 = System.nanoTime();
            firstMs[run] = (t3 - t0) / 1_000_000;
            stepMs[run] = new long[]{(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000};
            jvm[run] = "JVM uptime " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms, cpu " + (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000 + " ms, classes loaded "
                    + (classes.getTotalLoadedClassCount() - classes0) + ", JIT (all threads) " + (jit.getTotalCompilationTime() - jit0) + " ms";
            firstQueries = CountingDataSource.STATEMENTS.get() - q0;
            assertThat(first).hasSize(PAGE);
        }
        lines.add("first render (navigate + round trip + first " + PAGE + " rows), ms per run: " + Arrays.toString(firstMs)
                + "; SQL statements: " + firstQueries);
        lines.add("  of which navigate / round trip / fetch, ms per run: " + Arrays.deepToString(stepMs));
        lines.add("  this thread's CPU time, classes loaded, JIT time per run: " + Arrays.toString(jvm));
        // scrolling: pages 2..10, sorted by name, then by progress
        for (String sort : new String[]{"name", "progress"}) {
            if (sort.equals("progress")) {
                grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("progress"),
                        com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
            }
            long[] pageMs = new long[TRAINEES / PAGE - 1];
            long pageQueries = 0;
            for (int p = 1; p < TRAINEES / PAGE; p++) {
                newRequest(); // each scroll page is one request of the browser
                long q0 = CountingDataSource.STATEMENTS.get();
                long t0 = System.nanoTime();
                List<Dashboard.LearnerRow> rows = GridKt._fetch(grid, p * PAGE, PAGE);
                pageMs[p - 1] = (System.nanoTime() - t0) / 1_000_000;
                pageQueries = Math.max(pageQueries, CountingDataSource.STATEMENTS.get() - q0);
                assertThat(rows).hasSize(PAGE);
            }
            long[] sorted = pageMs.clone();
            Arrays.sort(sorted);
            lines.add("scroll page of " + PAGE + " rows, sorted by " + sort + ", ms: " + Arrays.toString(pageMs)
                    + " (median " + sorted[sorted.length / 2] + ", max " + sorted[sorted.length - 1] + "); SQL statements per page (max): " + pageQueries);
        }
        RequestContextHolder.resetRequestAttributes();
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/dashboard.txt"), lines);
    }

    /**
     * Starts a new simulated HTTP request: binds fresh request attributes, as Spring Boot's
     * RequestContextFilter does for every request of a running server (what is remembered per
     * request, e.g. the current user, is forgotten).
     */
    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    /** 500 trainees with varied progress: lessons, checks, exercises, some final assessments. Plain JDBC batches. */
    private void seed(CourseModule module, long cohortId) {
        var random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < TRAINEES; i++) {
            users.add(new Object[]{UUID.randomUUID().toString(), "bench-" + i + "-" + UUID.randomUUID() + "@example.org",
                    "{noop}x", "Trainee " + String.format("%03d", i), "Institution " + (i % 37), "KE", Timestamp.from(now)});
        }
        jdbc.batchUpdate("INSERT INTO app_user (uuid, email, password_hash, display_name, institution, country, active, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)", users);
        List<Long> userIds = jdbc.queryForList("SELECT id FROM app_user WHERE email LIKE 'bench-%' AND display_name LIKE 'Trainee %' ORDER BY id", Long.class);
        jdbc.batchUpdate("INSERT INTO app_user_role (user_id, role) VALUES (?, 'TRAINEE')", userIds.stream().map(id -> new Object[]{id}).toList());
        List<Object[]> enrolments = new ArrayList<>();
        for (Long uid : userIds) {
            Instant last = now.minus(random.nextInt(30 * 24), ChronoUnit.HOURS);
            enrolments.add(new Object[]{UUID.randomUUID().toString(), uid, module.id(), Timestamp.from(last), Timestamp.from(last), cohortId});
        }
        jdbc.batchUpdate("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id) VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?)", enrolments);
        List<Long> enrolmentIds = jdbc.queryForList("SELECT id FROM enrolment WHERE cohort_id = ? ORDER BY id", Long.class, cohortId);
        List<Object[]> progress = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        List<Object[]> exercises = new ArrayList<>();
        Timestamp ts = Timestamp.from(now);
        for (Long eid : enrolmentIds) {
            int done = random.nextInt(LESSONS + 1);
            for (int l = 0; l < Math.min(LESSONS, done + 1); l++) {
                var lesson = module.lessons().get(l);
                boolean completed = l < done;
                progress.add(new Object[]{eid, lesson.id(), completed ? "COMPLETED" : "IN_PROGRESS", ts, completed ? ts : null});
                if (completed) {
                    int n = lesson.knowledgeCheck().questions().size();
                    int right = random.nextInt(n + 1);
                    attempts.add(new Object[]{UUID.randomUUID().toString(), eid, "KNOWLEDGE_CHECK", lesson.knowledgeCheck().id(), 1, "SUBMITTED", ts, ts, right, n, right * 100 >= 60 * n});
                    exercises.add(new Object[]{eid, lesson.id(), lesson.exercise().id(), "Answer " + eid + "/" + l, "SUBMITTED", ts, ts,
                            random.nextBoolean() ? "PENDING" : "ACCEPTED"});
                }
            }
            if (done == LESSONS) {
                int n = module.finalAssessment().questions().size();
                int right = random.nextInt(n + 1);
                attempts.add(new Object[]{UUID.randomUUID().toString(), eid, "FINAL_ASSESSMENT", module.finalAssessment().id(), 1, "SUBMITTED", ts, ts, right, n, right * 100 >= module.passMark() * n});
            }
        }
        jdbc.batchUpdate("INSERT INTO lesson_progress (enrolment_id, lesson_id, status, started_at, completed_at) VALUES (?, ?, ?, ?, ?)", progress);
        jdbc.batchUpdate("INSERT INTO attempt (uuid, enrolment_id, kind, assessment_id, attempt_number, status, started_at, submitted_at, score_raw, score_max, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", attempts);
        jdbc.batchUpdate("INSERT INTO exercise_submission (enrolment_id, lesson_id, exercise_id, answer_text, status, updated_at, submitted_at, review_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", exercises);
    }
}
