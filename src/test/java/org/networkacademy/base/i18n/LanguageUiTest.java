package org.networkacademy.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.ui.LoginView;
import org.networkacademy.account.ui.RegisterView;
import org.networkacademy.learning.ui.CourseHomeView;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI language as a user meets it: saved on the account and applied at log-in, chosen in the
 * user menu (saved at once, page rendered again), chosen on the register and log-in pages, and
 * Arabic right-to-left.
 */
class LanguageUiTest extends AbstractAppTest {

    private String savedLanguage(AppUser user) {
        return jdbc.queryForObject("SELECT locale FROM app_user WHERE id = ?", String.class, user.getId());
    }

    private void saveLanguage(AppUser user, String tag) {
        jdbc.update("UPDATE app_user SET locale = ? WHERE id = ?", tag, user.getId());
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /**
     * @return the last value the server asked the browser to set as {@code document.dir}, if any.
     * Call it before Karibu's look-ups ({@code _get}), which play the browser and consume the pending calls.
     */
    private static Optional<String> lastDirection() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("document.dir"))
                .map(i -> String.valueOf(i.getInvocation().getParameters().getFirst()))
                .reduce((first, second) -> second);
    }

    @Test
    void aFrenchUserSeesTheCourseInFrenchAfterLogIn() {
        AppUser user = newTrainee("Amélie Ouédraogo");
        saveLanguage(user, "fr");
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(lastDirection()).contains("ltr");
        assertThat(menuLabels()).contains("Cours", "Ma progression", "Évaluation finale", "Rejoindre une cohorte");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Cours | Network Academy");
        assertThat(_get(Button.class, s -> s.withText("Se déconnecter"))).isNotNull();
        // the course content is in French (no notice) or, where not yet translated, in English (and the page says so)
        var content = applicationContext.getBean(org.networkacademy.content.CourseCatalog.class).defaultModule();
        if (content.isFullyIn("fr")) {
            _assertNone(Div.class, s -> s.withId("content-language-note"));
        } else {
            assertThat(_get(Div.class, s -> s.withId("content-language-note")).getElement().getTextRecursively()).contains("anglais");
        }
    }

    @Test
    void anArabicUserGetsRightToLeft() {
        AppUser user = newTrainee("ليلى بن علي");
        saveLanguage(user, "ar");
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(lastDirection()).contains("rtl");
        assertThat(menuLabels()).contains("الدورة", "تقدّمي", "التقييم النهائي");
        // the course title is marked with its language: English keeps its own direction, Arabic is right-to-left
        // (English until the Arabic translation is there; ContentLanguageUiTest tests the fallback on fixed content)
        var module = applicationContext.getBean(org.networkacademy.content.CourseCatalog.class).defaultModule().in("ar");
        H1 title = _get(H1.class);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo(module.language());
        assertThat(title.getElement().getAttribute("dir")).isEqualTo(module.language().equals("ar") ? "rtl" : "auto");

        // so are a knowledge check's title, question prompts and options (punctuation stays at the end)
        var check = module.lesson("why-tsis-network").orElseThrow().knowledgeCheck();
        String dir = check.language().equals("ar") ? "rtl" : "auto";
        UI.getCurrent().navigate("lesson/why-tsis-network/check");
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isEqualTo(check.language());
        var prompts = _find(com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("na-question-prompt"));
        assertThat(prompts).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getElement().getAttribute("lang")).isEqualTo(check.language());
            assertThat(p.getElement().getAttribute("dir")).isEqualTo(dir);
        });
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withClasses("na-question-options")))
                .isNotEmpty().allSatisfy(c -> assertThat(c.getElement().getAttribute("dir")).isEqualTo(dir));
    }

    /**
     * On a phone the header shows the log-out icon only and the title may end in an ellipsis (CSS): both keep
     * their whole names for screen readers and in tooltips; the Latin title is laid out left to right in Arabic.
     */
    @Test
    void theHeaderTitleAndLogOutKeepTheirNamesInArabic() {
        AppUser user = newTrainee("يوسف الحداد");
        saveLanguage(user, "ar");
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);
        var title = _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withClasses("na-app-title"));
        String name = title.getTranslation("app.name");
        assertThat(title.getText()).isEqualTo(name);
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(com.vaadin.flow.component.shared.Tooltip.forComponent(title).getText()).isEqualTo(name);
        var logout = _get(Button.class, s -> s.withClasses("na-logout"));
        assertThat(logout.getText()).isEqualTo("تسجيل الخروج");
        assertThat(logout.getAriaLabel()).contains("تسجيل الخروج");
        assertThat(logout.getTooltip().getText()).isEqualTo("تسجيل الخروج");
    }

    @Test
    void thePlanGuidanceKeepsItsOwnDirectionInArabic() {
        AppUser trainee = newTrainee("سارة المنصوري");
        saveLanguage(trainee, "ar");
        // a cohort of module tsi-networks with this trainee (as the plan tests' fixtures do)
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) "
                + "VALUES ('RTL cohort', 'tsi-networks', 'en', 'ACTIVE', ?, ?, 0)", code, now);
        long cohort = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) "
                + "VALUES (?, ?, 'tsi-networks', 'IN_PROGRESS', ?, ?, ?, 0)", UUID.randomUUID().toString(), trainee.getId(), now, now, cohort);
        login(trainee);
        UI.getCurrent().navigate(org.networkacademy.plan.ui.PlanView.class, cohort);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        // the plan's title within the Arabic heading, and the guidance under the (Arabic) section headings: English
        // keeping its own direction, or Arabic right-to-left once the Arabic guidance is there
        var expected = applicationContext.getBean(org.networkacademy.content.PlanGuidanceCatalog.class).forModule("tsi-networks", "ar").orElseThrow();
        String lang = expected.language();
        String dir = lang.equals("ar") ? "rtl" : "auto";
        var title = _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("plan-title"));
        assertThat(title.getText()).isEqualTo(expected.title());
        assertThat(title.getElement().getAttribute("lang")).isEqualTo(lang);
        assertThat(title.getElement().getAttribute("dir")).isEqualTo(dir);
        if (lang.equals("en")) {
            assertThat(_get(H1.class).getElement().getTextRecursively()).isEqualTo("Practice network plan — RTL cohort");
        }
        var guidance = _find(com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("na-plan-guidance"));
        assertThat(guidance).hasSize(9).allSatisfy(p -> {
            assertThat(p.getText()).isNotBlank();
            assertThat(p.getElement().getAttribute("lang")).isEqualTo(lang);
            assertThat(p.getElement().getAttribute("dir")).isEqualTo(dir);
        });
    }

    @Test
    void aUserWithoutSavedLanguageKeepsTheBrowserLanguage() {
        AppUser user = newTrainee("No Preference");
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(savedLanguage(user)).isNull();
        assertThat(menuLabels()).contains("Course", "My progress");
        _assertNone(Div.class, s -> s.withId("content-language-note"));
    }

    @Test
    void choosingALanguageInTheUserMenuSavesItAndRendersThePageAgain() {
        AppUser user = newTrainee("Carlos Pérez");
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(menuLabels()).contains("Course");

        _clickItemWithCaption(_get(MenuBar.class, s -> s.withId("language-menu")), "Español");

        assertThat(savedLanguage(user)).isEqualTo("es");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        assertThat(menuLabels()).contains("Curso", "Mi progreso", "Evaluación final").doesNotContain("Course");
        _get(CourseHomeView.class);

        _clickItemWithCaption(_get(MenuBar.class, s -> s.withId("language-menu")), "العربية");
        assertThat(savedLanguage(user)).isEqualTo("ar");
        assertThat(lastDirection()).contains("rtl");
        assertThat(menuLabels()).contains("الدورة");

        // a later visit (new session) starts in the saved language
        logout();
        tearDownAndStartAgain();
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(menuLabels()).contains("الدورة");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterPageOffersTheLanguagesAndSavesTheChosenOne() {
        UI.getCurrent().navigate(RegisterView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Create an account");

        enter(_get(LanguageSelect.class), UiLanguage.FRENCH);
        assertThat(_get(H1.class).getText()).isEqualTo("Créer un compte");
        assertThat(_get(TextField.class, s -> s.withLabel("Nom complet"))).isNotNull();

        String email = "fr-" + UUID.randomUUID() + "@example.org";
        enter(_get(TextField.class, s -> s.withLabel("Nom complet")), "Awa Traoré");
        enter(_get(EmailField.class), email);
        _find(PasswordField.class).forEach(p -> enter(p, "correct-horse-battery"));
        enter(_get(TextField.class, s -> s.withLabel("Institution")), "Chambre de commerce de Bamako");
        enter((ComboBox<String>) _get(ComboBox.class), "ML");
        _click(_get(Button.class, s -> s.withText("Créer le compte")));

        AppUser created = accounts.findByEmail(email).orElseThrow();
        assertThat(savedLanguage(created)).isEqualTo("fr");
    }

    @Test
    void aLanguageChosenOnTheLogInPageIsSavedOnTheAccountAtLogIn() {
        AppUser user = newTrainee("Omar Haddad");
        saveLanguage(user, "fr");
        UI.getCurrent().navigate(LoginView.class);
        enter(_get(LanguageSelect.class), UiLanguage.ARABIC);
        assertThat(lastDirection()).contains("rtl");
        assertThat(_get(LanguageSelect.class).getLabel()).isEqualTo("اللغة");

        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(savedLanguage(user)).isEqualTo("ar");
        assertThat(menuLabels()).contains("الدورة");
    }

    @Test
    void componentsSpeakTheLanguageToo() {
        AppUser trainer = accounts.create(new org.networkacademy.account.Registration("Formatrice " + UUID.randomUUID(),
                "fmt-" + UUID.randomUUID() + "@example.org", "correct-horse-battery", "APIX", "SN", "fr"),
                java.util.EnumSet.of(org.networkacademy.account.Role.TRAINEE, org.networkacademy.account.Role.TRAINER));
        assertThat(savedLanguage(trainer)).isEqualTo("fr");
        login(trainer);
        UI.getCurrent().navigate("cohorts/edit");
        var starts = _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("cohort-starts"));
        assertThat(starts.getLabel()).isEqualTo("Date de début");
        assertThat(starts.getI18n().getMonthNames()).startsWith("janvier", "février");
        assertThat(starts.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(starts.getI18n().getToday()).isEqualTo("Aujourd’hui");
    }

    @Test
    void vaadinUsesOurTextsForItsOwnNoticesToo() {
        var service = com.vaadin.flow.server.VaadinService.getCurrent();
        assertThat(service.getInstantiator().getI18NProvider()).isInstanceOf(TranslationProvider.class);
        assertThat(service.getSystemMessages(java.util.Locale.FRENCH, null).getInternalErrorCaption())
                .isEqualTo("Une erreur s’est produite");
        assertThat(service.getSystemMessages(java.util.Locale.forLanguageTag("ar"), null).getCookiesDisabledCaption())
                .isEqualTo("ملفات تعريف الارتباط معطّلة");
        assertThat(service.getSystemMessages(java.util.Locale.GERMAN, null).getSyncErrorCaption())
                .isEqualTo("The page is out of date");
    }

    /** A new Vaadin session, as on a later visit. */
    private void tearDownAndStartAgain() {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        kotlin.jvm.functions.Function0<UI> uiFactory = UI::new;
        com.github.mvysny.kaributesting.v10.MockVaadin.setup(uiFactory,
                new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                        new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("org.networkacademy"),
                        applicationContext, uiFactory));
    }
}
