package org.networkacademy.plan;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.plan.ui.PlanMapView;
import org.networkacademy.plan.ui.PlanView;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan pages as users see them (Karibu, real MariaDB): two trainees editing different and
 * the same section, the conflict with the other version shown, trainer comment and approval,
 * history and restore, the map and the partners table showing the same data, who is editing
 * (named to the others from the first focus until blur, save or a closed page), and denial for a
 * trainee of another cohort.
 */
class PlanUiTest extends AbstractAppTest {

    @Autowired
    PlanService plans;
    @Autowired
    PlanBroadcaster broadcaster;

    AppUser trainer;
    AppUser amina;
    AppUser joao;
    long cohort;

    @BeforeEach
    void cohortWithTwoTrainees() {
        var fx = new PlanFixtures(accounts, jdbc);
        trainer = fx.user("Trainer Tess", Role.TRAINER);
        amina = fx.user("أمينة الفاسي", Role.TRAINEE);
        joao = fx.user("João Gonçalves", Role.TRAINEE);
        cohort = fx.cohort("Cohorte Fès 2026", trainer);
        fx.enrol(amina, cohort);
        fx.enrol(joao, cohort);
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    static void click(String id) {
        _click(byId(Button.class, id));
    }

    @Test
    void twoTraineesEditDifferentSectionsAndTheSameSection_theSecondSeesTheConflictWithTheOtherVersion() {
        // João opens the plan and starts on the vision and on governance
        login(joao);
        UI.getCurrent().navigate(PlanView.class, cohort);
        // the contents: an ordered list numbers the sections (trial: bullets and typed "1." on the wrong side in Arabic)
        var contents = byId(com.vaadin.flow.component.html.OrderedList.class, "plan-contents");
        assertThat(contents.getChildren().count()).isEqualTo(PlanSectionType.values().length);
        assertThat(contents.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()).doesNotStartWith("1.");
        enter(byId(TextArea.class, "plan-vision-vision"), "João: a network for first-time exporters.");
        assertThat(broadcaster.editors(cohort)).containsEntry("vision", List.of("João Gonçalves")); // others see who is editing
        // not to himself (trial: "Editing now: <her own name>")
        assertThat(byId(Span.class, "plan-editing-vision").getText()).isEmpty();
        assertThat(byId(Span.class, "plan-editing-vision").getClassNames()).as("one message a line").contains("na-plan-message");

        // Amina opens the vision too: João sees her name, and only hers
        login(amina);
        var aminaEditing = plans.startEditing(cohort, PlanSectionType.VISION);
        login(joao);
        MockVaadin.clientRoundtrip(false); // the push arrives
        assertThat(byId(Span.class, "plan-editing-vision").getText()).isEqualTo("Editing now: \u2068أمينة الفاسي\u2069");
        login(amina);
        aminaEditing.remove();
        login(joao);
        MockVaadin.clientRoundtrip(false);
        assertThat(byId(Span.class, "plan-editing-vision").getText()).isEmpty();

        // meanwhile Amina saves the vision (her own page, simulated through the service)
        login(amina);
        plans.save(cohort, PlanSectionType.VISION, 0, new SectionContent(Map.of("vision", "رؤية أمينة: شبكة واحدة للمصدرين."), Map.of()));
        login(joao);
        MockVaadin.clientRoundtrip(false); // the push arrives
        assertThat(byId(Span.class, "plan-remote-vision").getText()).contains("أمينة الفاسي").contains("while you were editing");

        // João's governance (a different section) saves without trouble
        @SuppressWarnings("unchecked")
        Select<String> structure = byId(Select.class, "plan-governance-structure");
        enter(structure, "participant-governed");
        enter(byId(TextArea.class, "plan-governance-rationale"), "Eight peers of similar size.");
        click("plan-save-governance");
        assertThat(plans.section(cohort, PlanSectionType.GOVERNANCE).content().field("structure")).isEqualTo("participant-governed");

        // the vision: same section, João's save is refused and he sees Amina's version
        click("plan-save-vision");
        var conflict = byId(Div.class, "plan-conflict-vision");
        assertThat(conflict.isVisible()).isTrue();
        assertThat(byId(Paragraph.class, "plan-conflict-message-vision").getText()).contains("أمينة الفاسي");
        assertThat(byId(Div.class, "plan-conflict-theirs-vision").getElement().getTextRecursively())
                .contains("رؤية أمينة: شبكة واحدة للمصدرين.");
        assertThat(plans.section(cohort, PlanSectionType.VISION).content().field("vision")).startsWith("رؤية أمينة");

        // he decides to keep his version: saved on top of hers, both in the history
        click("plan-conflict-keep-mine-vision");
        var vision = plans.section(cohort, PlanSectionType.VISION);
        assertThat(vision.content().field("vision")).isEqualTo("João: a network for first-time exporters.");
        assertThat(vision.revision()).isEqualTo(2);
        assertThat(broadcaster.editors(cohort)).doesNotContainKey("vision");
        assertThat(plans.history(cohort, PlanSectionType.VISION)).extracting(PlanService.RevisionView::author)
                .containsExactly("João Gonçalves", "أمينة الفاسي");
    }

    /** The browser's focus and blur events, which reach the server before the typed text does. */
    static void focus(Component field) {
        ComponentUtil.fireEvent(field, new FocusNotifier.FocusEvent<>(field, true));
    }

    static void blur(Component field) {
        ComponentUtil.fireEvent(field, new BlurNotifier.BlurEvent<>(field, true));
    }

    /**
     * The browser trial's data loss: João types in "Reporting" without pausing, so the server has
     * his focus but not his text yet, when Amina saves the section. His form must stay as it is
     * and his save must show the conflict with both versions; a section he is not in reloads.
     */
    @Test
    void anotherMemberSavesWhileITypeWithoutPausing_myTextStaysAndMySaveShowsBothVersions() {
        login(joao);
        UI.getCurrent().navigate(PlanView.class, cohort);
        var reporting = byId(TextArea.class, "plan-monitoring-reporting");
        focus(reporting); // João is in the field; his keystrokes are still in the browser

        login(amina);
        plans.save(cohort, PlanSectionType.MONITORING, 0, new SectionContent(Map.of("reporting", "Amina: quarterly reports to the chamber."), Map.of()));
        plans.save(cohort, PlanSectionType.VISION, 0, new SectionContent(Map.of("vision", "Amina's vision."), Map.of()));
        login(joao);
        MockVaadin.clientRoundtrip(false); // the pushes arrive

        // the section he is in is not replaced: same field, his version kept, a notice names Amina
        assertThat(byId(TextArea.class, "plan-monitoring-reporting")).isSameAs(reporting);
        assertThat(reporting.getValue()).isEmpty();
        assertThat(byId(Span.class, "plan-remote-monitoring").getText())
                .isEqualTo("\u2068أمينة الفاسي\u2069 saved this section while you were editing. When you save, you will see their version next to yours.");
        // a section he is not in shows Amina's version at once, as before
        assertThat(byId(TextArea.class, "plan-vision-vision").getValue()).isEqualTo("Amina's vision.");
        assertThat(byId(Span.class, "plan-remote-vision").getText()).contains("it now shows their version");

        // his text arrives (the pending value is sent before the click on Save), then he saves
        enter(reporting, "João: monthly dashboard for all partners.");
        click("plan-save-monitoring");
        assertThat(byId(Div.class, "plan-conflict-monitoring").isVisible()).isTrue();
        assertThat(byId(Div.class, "plan-conflict-theirs-monitoring").getElement().getTextRecursively())
                .contains("Amina: quarterly reports to the chamber.");
        assertThat(byId(Div.class, "plan-conflict-mine-monitoring").getElement().getTextRecursively())
                .contains("João: monthly dashboard for all partners.");
        assertThat(byId(TextArea.class, "plan-monitoring-reporting").getValue()).isEqualTo("João: monthly dashboard for all partners.");
        assertThat(plans.section(cohort, PlanSectionType.MONITORING).content().field("reporting"))
                .isEqualTo("Amina: quarterly reports to the chamber.");

        // nothing lost: he keeps his version over hers, and hers stays in the history
        click("plan-conflict-keep-mine-monitoring");
        assertThat(plans.section(cohort, PlanSectionType.MONITORING).content().field("reporting"))
                .isEqualTo("João: monthly dashboard for all partners.");
        assertThat(plans.history(cohort, PlanSectionType.MONITORING)).extracting(r -> r.content().field("reporting"))
                .containsExactly("João: monthly dashboard for all partners.", "Amina: quarterly reports to the chamber.");
    }

    /**
     * Another browser page in the same mocked session (Karibu keeps one UI current): made current
     * and returned; {@link #onPage} switches between the pages. Karibu has no public call for a second UI in one
     * session: this is its Kotlin-internal {@code MockVaadin.createUI} (name mangled by the compiler), tied to
     * {@code karibu.version} 2.6.2 in the pom; a Karibu upgrade that renames it fails this test at compile time.
     */
    static UI newPage() {
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
        return UI.getCurrent();
    }

    /** The tab is closed: Vaadin closes the UI and removes it from the session, which detaches its views. */
    static void closePage(UI page) {
        UI.setCurrent(page);
        page.close();
        VaadinSession.getCurrent().removeUI(page);
        UI.setCurrent(null);
    }

    /**
     * Looks at {@code page} as {@code user}, with the pushes that reached it. The page looked at before ends its
     * request first (its before-response work runs, as when the browser's batch of events has been handled).
     */
    void onPage(UI page, AppUser user) {
        if (UI.getCurrent() != null && UI.getCurrent() != page && !UI.getCurrent().isClosing()) {
            MockVaadin.clientRoundtrip(false);
        }
        UI.setCurrent(page);
        login(user);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void aMemberClickingIntoASectionIsNamedToTheOthersAtOnce_leavingItUnchangedSavingOrClosingThePageEndsIt() {
        login(amina);
        UI.getCurrent().navigate(PlanView.class, cohort);
        UI aminasPage = UI.getCurrent();
        var reporting = byId(TextArea.class, "plan-monitoring-reporting");
        var notes = byId(TextArea.class, "plan-monitoring-exercise-notes");
        login(joao);
        UI joaosPage = newPage();
        joaosPage.navigate(PlanView.class, cohort);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEmpty();

        // Amina clicks into "Reporting": nothing typed yet, João's page names her at once
        onPage(aminasPage, amina);
        focus(reporting);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).as("never her own name").isEmpty();
        onPage(joaosPage, joao);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEqualTo("Editing now: \u2068أمينة الفاسي\u2069");
        assertThat(byId(Span.class, "plan-editing-vision").getText()).as("only the section she is in").isEmpty();

        // she moves to the next field of the section (blur, then focus, in one request): still named, and the others
        // hear nothing (a trial saw their notice vanish and come back, the page below it jumping, on every Tab)
        onPage(aminasPage, amina);
        var presenceEvents = new java.util.concurrent.atomic.AtomicInteger();
        var counting = broadcaster.register(cohort, e -> {
            if (e.kind() == PlanBroadcaster.Kind.EDITING) presenceEvents.incrementAndGet();
        });
        blur(reporting);
        focus(notes);
        onPage(joaosPage, joao);
        counting.remove();
        assertThat(presenceEvents).as("no stop and start for the others").hasValue(0);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEqualTo("Editing now: \u2068أمينة الفاسي\u2069");

        // she leaves the section without changing anything: the notice ends
        onPage(aminasPage, amina);
        blur(notes);
        onPage(joaosPage, joao);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEmpty();
        assertThat(broadcaster.editors(cohort)).doesNotContainKey("monitoring");

        // in again, she types and leaves the field: her unsaved change keeps her named; her save ends it
        onPage(aminasPage, amina);
        focus(reporting);
        enter(reporting, "Amina: quarterly reports.");
        blur(reporting);
        onPage(joaosPage, joao);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEqualTo("Editing now: \u2068أمينة الفاسي\u2069");
        onPage(aminasPage, amina);
        click("plan-save-monitoring");
        onPage(joaosPage, joao);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEmpty();
        assertThat(byId(TextArea.class, "plan-monitoring-reporting").getValue()).isEqualTo("Amina: quarterly reports.");

        // in again, then she closes her tab; the detach may come without a logged-in user (session end)
        onPage(aminasPage, amina);
        focus(byId(TextArea.class, "plan-monitoring-exercise-notes"));
        onPage(joaosPage, joao);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEqualTo("Editing now: \u2068أمينة الفاسي\u2069");
        logout();
        closePage(aminasPage);
        assertThat(broadcaster.editors(cohort)).doesNotContainKey("monitoring");
        onPage(joaosPage, joao);
        assertThat(byId(Span.class, "plan-editing-monitoring").getText()).isEmpty();
    }

    @Test
    void aTrainerReadingASectionIsNotNamedAsEditing() {
        login(trainer);
        UI.getCurrent().navigate(PlanView.class, cohort);
        focus(byId(TextArea.class, "plan-monitoring-reporting")); // read-only for her
        assertThat(broadcaster.editors(cohort)).isEmpty();
    }

    @Test
    void aSectionILeftWithoutChangingReloadsOnTheNextSave_oneIAmStillInDoesNotOnAReview() {
        login(joao);
        UI.getCurrent().navigate(PlanView.class, cohort);
        var reporting = byId(TextArea.class, "plan-monitoring-reporting");
        focus(reporting);
        blur(reporting); // he clicked in and out without typing

        login(amina);
        plans.save(cohort, PlanSectionType.MONITORING, 0, new SectionContent(Map.of("reporting", "Amina's reporting."), Map.of()));
        login(joao);
        MockVaadin.clientRoundtrip(false);
        assertThat(byId(TextArea.class, "plan-monitoring-reporting").getValue()).isEqualTo("Amina's reporting.");

        // in the field again when the trainer comments: the comment shows, the field is not rebuilt
        var again = byId(TextArea.class, "plan-monitoring-reporting");
        focus(again);
        login(trainer);
        plans.comment(cohort, PlanSectionType.MONITORING, "Name who reports to whom.");
        login(joao);
        MockVaadin.clientRoundtrip(false);
        assertThat(byId(TextArea.class, "plan-monitoring-reporting")).isSameAs(again);
        assertThat(byId(Div.class, "plan-comments-monitoring").getElement().getTextRecursively()).contains("Name who reports to whom.");
        enter(again, "Amina's reporting, monthly.");
        click("plan-save-monitoring"); // no one saved in between: no conflict
        _assertNone(Div.class, c -> c.withId("plan-conflict-monitoring")); // hidden
        assertThat(plans.section(cohort, PlanSectionType.MONITORING).content().field("reporting")).isEqualTo("Amina's reporting, monthly.");
    }

    @Test
    void trainerCommentsAndApproves_traineeSeesIt() {
        login(amina);
        UI.getCurrent().navigate(PlanView.class, cohort);
        enter(byId(TextArea.class, "plan-objectives-objectives"), "Double the number of first-time exporters.");
        click("plan-save-objectives");
        assertThat(byId(Span.class, "plan-my-contributions").getText()).endsWith(": 1");
        _assertNone(Button.class, s -> s.withId("plan-status-objectives-APPROVED"));

        login(trainer);
        UI.getCurrent().navigate(PlanView.class, cohort);
        assertThat(byId(TextArea.class, "plan-objectives-objectives").isReadOnly()).isTrue();
        assertThat(byId(UnorderedList.class, "plan-contributions").getElement().getTextRecursively())
                .contains("أمينة الفاسي: 1").contains("João Gonçalves: 0");
        enter(byId(TextArea.class, "plan-comment-text-objectives"), "Add a deadline to each outcome.");
        click("plan-comment-add-objectives");
        click("plan-status-objectives-APPROVED");
        assertThat(byId(Span.class, "plan-status-badge-objectives").getElement().getTextRecursively()).isEqualTo("Approved");

        login(amina);
        UI.getCurrent().navigate(PlanView.class, cohort);
        assertThat(byId(Span.class, "plan-status-badge-objectives").getElement().getTextRecursively()).isEqualTo("Approved");
        assertThat(byId(Div.class, "plan-comments-objectives").getElement().getTextRecursively())
                .contains("Trainer Tess").contains("Add a deadline to each outcome.");
        assertThat(plans.approvedContributions(amina.getId(), cohort)).isEqualTo(1);
    }

    @Test
    void historyViewAndRestore() {
        login(amina);
        UI.getCurrent().navigate(PlanView.class, cohort);
        enter(byId(TextArea.class, "plan-vision-function"), "First function");
        click("plan-save-vision");
        enter(byId(TextArea.class, "plan-vision-function"), "Second function");
        click("plan-save-vision");

        click("plan-history-vision");
        click("plan-history-view-vision-1");
        assertThat(byId(Div.class, "plan-history-preview-vision").getElement().getTextRecursively()).contains("First function");
        click("plan-history-restore-vision-1");
        assertThat(byId(TextArea.class, "plan-vision-function").getValue()).isEqualTo("First function");
        assertThat(plans.history(cohort, PlanSectionType.VISION).getFirst().source()).isEqualTo(PlanRevision.Source.RESTORE);
    }

    @Test
    void mapEditsAreReflectedInTheTableAndTableEditsOnTheMap() {
        login(amina);
        UI.getCurrent().navigate(PlanMapView.class, cohort);
        enter(byId(TextField.class, "map-partner-name"), "Chambre de Commerce de Fès");
        @SuppressWarnings("unchecked")
        Select<String> type = byId(Select.class, "map-partner-type");
        enter(type, "chamber");
        enter(byId(TextField.class, "map-partner-country"), "MA");
        click("map-add-partner");
        enter(byId(TextField.class, "map-partner-name"), "المركز المغربي لإنعاش الصادرات");
        enter(type, "tpo");
        click("map-add-partner");
        var partners = plans.section(cohort, PlanSectionType.PARTNERS).content().rows(PlanSectionType.Tables.PARTNERS);
        @SuppressWarnings("unchecked")
        Select<String> from = byId(Select.class, "map-link-from");
        @SuppressWarnings("unchecked")
        Select<String> to = byId(Select.class, "map-link-to");
        enter(from, partners.get(0).get("id"));
        enter(to, partners.get(1).get("id"));
        click("map-add-link");
        String svg = _get(Html.class, s -> s.withClasses("na-map-figure")).getInnerHtml();
        assertThat(svg).contains("Chambre de Commerce de Fès").contains("المركز المغربي لإنعاش الصادرات")
                .contains("class=\"na-map-edge\"").contains("Joint programme").contains(">CH<").contains(">TPO<");
        assertThat(byId(UnorderedList.class, "map-link-list").getElement().getTextRecursively()).contains("Joint programme");

        // the plan's partners table shows the same partners
        UI.getCurrent().navigate(PlanView.class, cohort);
        assertThat(byId(TextField.class, "plan-partners-partners-0-name").getValue()).isEqualTo("Chambre de Commerce de Fès");
        assertThat(byId(TextField.class, "plan-partners-partners-1-name").getValue()).isEqualTo("المركز المغربي لإنعاش الصادرات");

        // a partner added in the table appears on the map
        click("plan-partners-partners-add");
        enter(byId(TextField.class, "plan-partners-partners-2-name"), "Université Sidi Mohamed Ben Abdellah");
        @SuppressWarnings("unchecked")
        Select<String> t2 = byId(Select.class, "plan-partners-partners-2-type");
        enter(t2, "university");
        click("plan-save-partners");
        UI.getCurrent().navigate(PlanMapView.class, cohort);
        assertThat(_get(Html.class, s -> s.withClasses("na-map-figure")).getInnerHtml()).contains("Université Sidi Mohamed Ben Abdellah");
        assertThat(byId(UnorderedList.class, "map-partner-list").getElement().getTextRecursively()).contains("3. Université");
    }

    @Test
    void aTraineeOfAnotherCohortIsDenied() {
        var fx = new PlanFixtures(accounts, jdbc);
        AppUser outsider = newTrainee("Outsider Olu");
        long other = fx.cohort("Other cohort", fx.user("Other Trainer", Role.TRAINER));
        fx.enrol(outsider, other);
        login(outsider);
        // refused like an unknown page, so that cohort ids cannot be probed
        // (the app's not-found page, HTTP 404)
        UI.getCurrent().navigate(PlanView.class, cohort);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertOne(org.networkacademy.base.ui.NotFoundView.class);
        _assertNone(TextArea.class);
        UI.getCurrent().navigate(PlanMapView.class, cohort);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertOne(org.networkacademy.base.ui.NotFoundView.class);
        _assertNone(Html.class);
        UI.getCurrent().navigate(PlanView.class); // without an id: their own cohort's plan
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).contains("Other cohort");
    }
}
