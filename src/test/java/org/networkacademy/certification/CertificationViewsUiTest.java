package org.networkacademy.certification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.certification.ui.CertificatesRegisterView;
import org.networkacademy.certification.ui.MyCertificateView;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.learning.LearningService;
import org.networkacademy.reporting.ProgrammeFigures;
import org.networkacademy.reporting.ProgrammeService;
import org.networkacademy.reporting.ui.ProgrammeView;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

/** The certification views, clicked like a user: trainee requirements, the register (issue, search, revoke), the dashboard. */
class CertificationViewsUiTest extends AbstractAppTest {

    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningService learning;
    @Autowired
    CertificationService certification;
    @Autowired
    ProgrammeService programme;

    private AppUser staff(Role role) {
        return accounts.create(new Registration(role.name(), role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "ITC", "CH"), Set.of(role));
    }

    @Test
    void traineeSeesWhatIsMissingThenTheCertificate() {
        AppUser trainee = newTrainee("Amina Diallo");
        login(trainee);
        learning.completeLesson(catalog.defaultModule().id(), catalog.defaultModule().lessons().getFirst().id());
        UI.getCurrent().navigate(MyCertificateView.class);
        var items = _find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(items).hasSize(6).anySatisfy(t -> assertThat(t).contains("Pass the final assessment").contains("still to do"))
                .anySatisfy(t -> assertThat(t).contains("network plan approved").contains("still to do"));

        login(staff(Role.ADMIN));
        UI.getCurrent().navigate(CertificatesRegisterView.class);
        enter(_get(EmailField.class, s -> s.withId("issue-email")), trainee.getEmail());
        enter(_get(TextArea.class, s -> s.withId("issue-reason")), "Took the module in a classroom session");
        _click(_get(Button.class, s -> s.withId("issue-button")));

        login(trainee);
        UI.getCurrent().navigate(MyCertificateView.class);
        assertThat(_get(StatusBadge.class, s -> s.withId("certificate-status")).getElement().getTextRecursively()).contains("Valid");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()).toList())
                .anySatisfy(h -> assertThat(h).endsWith("/certificate.pdf"))
                .anySatisfy(h -> assertThat(h).endsWith("/badge.png"));
    }

    /**
     * The certificate names the module in the reader's language (as the course pages do): the holder's own page
     * and the public verification page, in French; the title stored on the certificate stays the English one.
     */
    @Test
    void certificateScreensNameTheModuleInTheReadersLanguage() {
        var module = catalog.defaultModule();
        String french = module.in("fr").title();
        AppUser trainee = newTrainee("Aïssatou Ndiaye");
        login(trainee);
        learning.openLesson(module.id(), module.lessons().getFirst().id());
        login(staff(Role.ADMIN));
        Certificate c = certification.issueManually(trainee.getEmail(), module.id(), "Took the module in a classroom session");
        assertThat(c.getModuleTitle()).isEqualTo(module.title());

        login(trainee);
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(MyCertificateView.class);
        var paragraphs = _find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList();
        assertThat(paragraphs).anySatisfy(t -> assertThat(t).contains(french)).noneSatisfy(t -> assertThat(t).contains(module.title()));

        UI.getCurrent().navigate("verify/" + c.getCode());
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(com.vaadin.flow.component.html.Paragraph::getText))
                .anySatisfy(t -> assertThat(t).contains("Aïssatou Ndiaye").contains(french));

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("verify/" + c.getCode());
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(com.vaadin.flow.component.html.Paragraph::getText))
                .anySatisfy(t -> assertThat(t).contains(module.title()));
    }

    @Test
    void trainerSearchesAndRevokesInTheRegister() throws Exception {
        AppUser trainee = newTrainee("Registerina Searchable");
        login(trainee);
        learning.openLesson(catalog.defaultModule().id(), catalog.defaultModule().lessons().getFirst().id());
        AppUser trainer = staff(Role.TRAINER);
        joinCohortOf(trainer, trainee);
        login(trainer);
        Certificate c = certification.issueManually(trainee.getEmail(), catalog.defaultModule().id(), "Offline course");
        // a certificate issued by hand does not claim that the rules were met
        assertThat(CertificatePdfTest.text(certification.pdf(c.getCode())))
                .contains("has been awarded this certificate").doesNotContain("has met every requirement");

        UI.getCurrent().navigate(CertificatesRegisterView.class);
        enter(_get(TextField.class, s -> s.withId("register-search")), "Registerina");
        _click(_get(Button.class, s -> s.withId("register-apply")));
        @SuppressWarnings("unchecked")
        Grid<Certificate> grid = _get(Grid.class, s -> s.withId("register-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "revoke"));
        _click(_get(Button.class, s -> s.withId("revoke-confirm")));   // no reason: refused
        assertThat(certification.register(c.getCode(), null, "", 10).getFirst().getStatus()).isEqualTo(Certificate.Status.VALID);
        enter(_get(TextArea.class, s -> s.withId("revoke-reason")), "Identity could not be confirmed");
        _click(_get(Button.class, s -> s.withId("revoke-confirm")));
        assertThat(certification.register(c.getCode(), null, "", 10).getFirst().getStatus()).isEqualTo(Certificate.Status.REVOKED);
    }

    @Test
    void adminSeesTheProgrammeDashboard() {
        AppUser trainee = newTrainee("Dashboard Trainee");
        login(trainee);
        learning.openLesson(catalog.defaultModule().id(), catalog.defaultModule().lessons().getFirst().id());
        AppUser admin = staff(Role.ADMIN);
        login(admin);
        certification.issueManually(trainee.getEmail(), catalog.defaultModule().id(), "Dashboard test");

        ProgrammeFigures f = programme.figures(catalog.defaultModule().id());
        assertThat(f.total().enrolled()).isGreaterThanOrEqualTo(1);
        assertThat(f.total().certified()).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(f.total().enrolled());
        assertThat(f.byCountry()).anySatisfy(r -> assertThat(r.key()).isEqualTo("KE"));
        assertThat(f.byMonth()).isNotEmpty();

        // a cohort appears in the cohort breakdown, with a link down to its dashboard
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) VALUES ('Cohorte Dakar', ?, 'fr', 'OPEN', ?, ?, 0)",
                catalog.defaultModule().id(), code, now);
        long cohort = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        AppUser member = newTrainee("Cohort Member");
        jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?, 0)",
                UUID.randomUUID().toString(), member.getId(), catalog.defaultModule().id(), now, now, cohort);
        f = programme.figures(catalog.defaultModule().id());
        String key = "Cohorte Dakar (#" + cohort + ")";
        assertThat(f.byCohort()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(key);
            assertThat(r.enrolled()).isEqualTo(1);
        });
        assertThat(f.cohortIds()).containsEntry(key, cohort);

        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Open the dashboard of " + key)).getHref())
                .isEqualTo("cohorts/" + cohort);
        assertThat(_get(HorizontalLayout.class, s -> s.withId("programme-kpis")).getElement().getTextRecursively())
                .contains("Enrolled").contains("Certified");
        _assertOne(ProgrammeView.class);
    }

    /** Puts the trainee's enrolment into a new cohort trained by the trainer. */
    private void joinCohortOf(AppUser trainer, AppUser trainee) {
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) VALUES (?, ?, 'en', 'ACTIVE', ?, ?, 0)",
                "Register cohort", catalog.defaultModule().id(), code, java.sql.Timestamp.from(java.time.Instant.now()));
        long id = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        jdbc.update("INSERT INTO cohort_trainer (cohort_id, user_id) VALUES (?, ?)", id, trainer.getId());
        jdbc.update("UPDATE enrolment SET cohort_id = ? WHERE user_id = ?", id, trainee.getId());
    }
}
