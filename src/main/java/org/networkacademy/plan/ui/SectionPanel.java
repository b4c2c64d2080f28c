package org.networkacademy.plan.ui;

import org.networkacademy.base.ui.CharacterCount;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.plan.NetworkMap;
import org.networkacademy.plan.NetworkMapSvg;
import org.networkacademy.plan.PlanConflictException;
import org.networkacademy.plan.PlanSectionType;
import org.networkacademy.plan.PlanService;
import org.networkacademy.plan.SectionContent;
import org.networkacademy.plan.SectionStatus;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * One section of the plan page: guidance, status, who is editing, the form (or a read-only view),
 * save with conflict handling, history with view and restore, and the trainer's comments and
 * status buttons. All decisions are the service's; this only shows and forwards.
 */
class SectionPanel extends Section {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PlanService plans;
    private final long cohortId;
    private final PlanSectionType type;
    private final boolean canEdit;
    private final boolean canReview;
    private final Supplier<Map<String, String>> partnerNames;
    private final Runnable onSaved;

    private final Div statusLine = new Div();
    private final Span editing = new Span();
    private final Span remoteChange = new Span();
    private final SectionEditor editor;
    private final Div conflict = new Div();
    private final Div history = new Div();
    private final Div comments = new Div();
    private final Div extra = new Div();
    private PlanService.SectionView view;
    private boolean dirty;
    /** Set while the other members are told that this user is editing the section; removing it tells them she stopped. */
    private com.vaadin.flow.shared.Registration presence;
    /** A presence check is waiting for the end of the current request (see {@link #focusChanged}). */
    private boolean presenceCheckPending;

    SectionPanel(PlanService plans, long cohortId, int number, PlanService.SectionView view, String contentLanguage, boolean canEdit,
                 boolean canReview, Supplier<Map<String, String>> partnerNames, Runnable onSaved) {
        this.plans = plans;
        this.cohortId = cohortId;
        this.type = view.type();
        this.canEdit = canEdit;
        this.canReview = canReview;
        this.partnerNames = partnerNames;
        this.onSaved = onSaved;
        setId("plan-section-" + type.key());
        addClassName("na-plan-section");
        add(new H2(number + ". " + getTranslation("plan.section." + type.key())));
        add(statusLine);
        editing.setId("plan-editing-" + type.key());
        editing.addClassNames("na-meta", "na-plan-message");
        remoteChange.setId("plan-remote-" + type.key());
        remoteChange.addClassNames("na-meta", "na-plan-message");
        add(editing, remoteChange);
        if (!view.guidance().isBlank()) {
            var guide = new Paragraph(view.guidance());
            guide.addClassName("na-callout");
            guide.addClassName("na-plan-guidance");
            // course content: marked with its language (English keeps its own direction in a right-to-left UI)
            org.networkacademy.base.i18n.UiLanguage.markContent(contentLanguage, getLocale(), guide);
            add(guide);
        }
        editor = new SectionEditor(type, canEdit, this::changed, this::focusChanged);
        extra.addClassName("na-plan-extra");
        add(extra, editor);
        conflict.setId("plan-conflict-" + type.key());
        conflict.addClassName("na-plan-conflict");
        conflict.setVisible(false);
        add(conflict);

        var buttons = new FlexLayout();
        buttons.getStyle().set("gap", "0.5em");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (canEdit) {
            var save = new Button(getTranslation("plan.save"), VaadinIcon.CHECK.create(), e -> save(false));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("plan-save-" + type.key());
            guardDoubleClick(save);
            buttons.add(save);
            if (hasExercise(type)) {
                var send = new Button(getTranslation("plan.send-exercise"), VaadinIcon.PASTE.create(), e -> sendExercise());
                send.setId("plan-send-exercise-" + type.key());
                guardDoubleClick(send);
                buttons.add(send);
            }
        }
        var showHistory = new Button(getTranslation("plan.history"), VaadinIcon.TIME_BACKWARD.create(), e -> toggleHistory());
        showHistory.setId("plan-history-" + type.key());
        buttons.add(showHistory);
        if (canReview) {
            for (SectionStatus s : SectionStatus.values()) {
                var b = new Button(getTranslation("plan.status.set." + s.name()), e -> setStatus(s));
                b.setId("plan-status-" + type.key() + "-" + s.name());
                buttons.add(b);
            }
        }
        add(buttons);
        history.setId("plan-history-list-" + type.key());
        history.setVisible(false);
        add(history);
        add(new H3(getTranslation("plan.comments")));
        comments.setId("plan-comments-" + type.key());
        add(comments);
        if (canReview) {
            var text = new TextArea(getTranslation("plan.comment.label"));
            text.setId("plan-comment-text-" + type.key());
            text.setWidthFull();
            CharacterCount.show(text, PlanService.MAX_COMMENT);
            var post = new Button(getTranslation("plan.comment.add"), e -> {
                try {
                    show(plans.comment(cohortId, type, text.getValue()));
                    text.clear();
                } catch (IllegalArgumentException | AccessDeniedException ex) {
                    ErrorMessages.show(this, ex.getMessage());
                }
            });
            post.setId("plan-comment-add-" + type.key());
            add(text, post);
        }
        show(view);
    }

    /**
     * A name inside a sentence, isolated (Unicode FSI…PDI) so that an Arabic name does not pull the
     * date or numbers next to it into its right-to-left run.
     */
    static String isolate(String name) {
        return "\u2068" + name + "\u2069";
    }

    private static boolean hasExercise(PlanSectionType t) {
        return t != PlanSectionType.NETWORK_MAP;
    }

    PlanSectionType type() {
        return type;
    }

    SectionEditor editor() {
        return editor;
    }

    /**
     * The user is working on this section: they changed it, or one of its fields has the focus
     * (they may be typing what has not reached the server yet). Such a section is never reloaded
     * because of someone else's change.
     */
    boolean isEditing() {
        return dirty || editor.hasFocus();
    }

    /** Shows the section as loaded; forgets local edits. */
    void show(PlanService.SectionView v) {
        this.view = v;
        this.dirty = false;
        remoteChange.setText("");
        showAround(v);
        editor.show(v.content(), partnerNames.get());
        announcePresence(); // the form is new and unchanged: she is no longer editing it
    }

    /** Status, last save, drawings, comments and history of {@code v}: all but the form. */
    private void showAround(PlanService.SectionView v) {
        statusLine.removeAll();
        var tone = switch (v.status()) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case IN_REVIEW -> StatusBadge.Tone.PROGRESS;
            case APPROVED -> StatusBadge.Tone.SUCCESS;
        };
        var badge = new StatusBadge(getTranslation("plan.status." + v.status().name()), tone);
        badge.setId("plan-status-badge-" + type.key());
        statusLine.add(badge);
        if (v.updatedBy() != null) {
            var meta = new Span(" " + getTranslation("plan.last-saved", isolate(v.updatedBy()), TIME.format(v.updatedAt()), v.revision()));
            meta.addClassName("na-meta");
            statusLine.add(meta);
        }
        extra.removeAll();
        if (type == PlanSectionType.NETWORK_MAP || type == PlanSectionType.PROTOCOL) {
            // The map and the RACI matrix are drawn from other sections' tables: shown, not edited here.
            if (type == PlanSectionType.NETWORK_MAP) {
                extra.add(new Html(NetworkMapSvg.figure(NetworkMap.of(partners()), this::getTranslation)));
                extra.add(new RouterLink(getTranslation("plan.map.edit"), PlanMapView.class, cohortId));
            } else {
                extra.add(new SectionSummary(PlanSectionType.PROTOCOL, v.content(), partnerNames.get(), true));
            }
        }
        comments.removeAll();
        if (v.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("plan.comments.none")));
        }
        for (PlanService.CommentView c : v.comments()) {
            var p = new Paragraph();
            var who = new Span(getTranslation("plan.comment.by", isolate(c.author()), TIME.format(c.at())));
            who.addClassName("na-meta");
            var body = new Div(c.body());
            body.getStyle().set("white-space", "pre-wrap");
            p.add(who, body);
            comments.add(p);
        }
        if (history.isVisible()) {
            loadHistory();
        }
    }

    private SectionContent partners() {
        return plans.section(cohortId, PlanSectionType.PARTNERS).content();
    }

    private void changed() {
        dirty = true;
        announcePresence();
    }

    /**
     * Tells the other members whether this user is editing the section, as {@link #isEditing()}
     * says: from the moment the focus enters the form (before any text reaches the server) until
     * she leaves it unchanged, saves, takes the other version or closes the page.
     */
    private void announcePresence() {
        if (canEdit && isEditing()) {
            if (presence == null) {
                presence = plans.startEditing(cohortId, type);
            }
        } else {
            stopEditing();
        }
    }

    /**
     * The focus entered the form (announced at once) or left it: then the check waits for the end of the request,
     * because moving to the next field of the form sends blur and focus together, and announcing the blur would make
     * the other members' notice vanish and come back (a trial saw it flicker, and the page below it jump, on every
     * Tab).
     */
    private void focusChanged() {
        if (editor.hasFocus()) {
            announcePresence();
        } else if (!presenceCheckPending) {
            presenceCheckPending = true;
            Runnable check = () -> {
                presenceCheckPending = false;
                announcePresence();
            };
            getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(this, context -> check.run()), check);
        }
    }

    /** No longer editing (saved, took the other version, page closed). Needs no logged-in user. */
    void stopEditing() {
        if (presence != null) {
            var p = presence;
            presence = null;
            p.remove();
        }
    }

    /** A trainer commented or set the status: reload status and comments, keeping any local edits. */
    void reviewedElsewhere() {
        var fresh = plans.section(cohortId, type);
        if (!isEditing()) {
            show(fresh);
        } else {
            // the form stays as it is (not even rebuilt: the user may be typing in it), and so does
            // the token they loaded (their save must still detect conflicts)
            showAround(fresh);
        }
    }

    /**
     * Another member saved this section: reload when the user is not working on it, else keep
     * their form and the version they started from, and say so; their next save then shows the
     * conflict with both versions.
     */
    void changedElsewhere(String byName) {
        var fresh = plans.section(cohortId, type);
        if (!isEditing()) {
            show(fresh);
            remoteChange.setText(getTranslation("plan.remote.reloaded", isolate(byName)));
        } else {
            showAround(fresh);
            remoteChange.setText(getTranslation("plan.remote.changed", isolate(byName)));
        }
    }

    void showEditors(List<String> names) {
        editing.setText(names.isEmpty() ? "" : getTranslation("plan.editing-now", String.join(", ", names.stream().map(SectionPanel::isolate).toList())));
    }

    /**
     * Saves the form. After a conflict the user chooses: keep theirs (reload) or keep mine, which
     * saves again on top of the other version — a decision they make, never a silent overwrite.
     */
    void save(boolean overTheirs) {
        SectionContent mine = editor.value();
        int expected = view.revision();
        try {
            var saved = plans.save(cohortId, type, expected, mine);
            conflict.setVisible(false);
            stopEditing();
            show(saved);
            onSaved.run();
            Notification.show(getTranslation("plan.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (PlanConflictException e) {
            showConflict(mine, e.current());
        } catch (IllegalArgumentException | AccessDeniedException | NoSuchElementException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    private void showConflict(SectionContent mine, PlanService.SectionView theirs) {
        conflict.removeAll();
        var message = new Paragraph(getTranslation("plan.conflict", isolate(theirs.updatedBy()), TIME.format(theirs.updatedAt())));
        message.setId("plan-conflict-message-" + type.key());
        message.getElement().setAttribute("role", "alert");
        conflict.add(message);
        conflict.add(new H3(getTranslation("plan.conflict.theirs")));
        var theirsView = new SectionSummary(type, theirs.content(), partnerNames.get());
        theirsView.setId("plan-conflict-theirs-" + type.key());
        conflict.add(theirsView);
        conflict.add(new H3(getTranslation("plan.conflict.mine")));
        var mineView = new SectionSummary(type, mine, partnerNames.get());
        mineView.setId("plan-conflict-mine-" + type.key());
        conflict.add(mineView);
        var useTheirs = new Button(getTranslation("plan.conflict.use-theirs"), e -> {
            conflict.setVisible(false);
            stopEditing();
            show(theirs);
        });
        useTheirs.setId("plan-conflict-use-theirs-" + type.key());
        var keepMine = new Button(getTranslation("plan.conflict.keep-mine"), e -> {
            this.view = theirs; // the token of the version the user has now seen
            editor.show(mine, partnerNames.get());
            dirty = true;
            save(true);
        });
        keepMine.setId("plan-conflict-keep-mine-" + type.key());
        keepMine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new FlexLayout(useTheirs, keepMine);
        row.getStyle().set("gap", "0.5em");
        conflict.add(row);
        conflict.setVisible(true);
    }

    /** Disabled in the browser from the click until the server has answered, so a double click acts once. */
    private static void guardDoubleClick(Button button) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
    }

    private void sendExercise() {
        try {
            show(plans.sendExercise(cohortId, type));
            onSaved.run();
            Notification.show(getTranslation("plan.sent-exercise"), 3000, Notification.Position.BOTTOM_START);
        } catch (NoSuchElementException | IllegalArgumentException | AccessDeniedException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    private void setStatus(SectionStatus status) {
        try {
            show(plans.setStatus(cohortId, type, status));
        } catch (AccessDeniedException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    private void toggleHistory() {
        history.setVisible(!history.isVisible());
        if (history.isVisible()) {
            loadHistory();
        }
    }

    private void loadHistory() {
        history.removeAll();
        var revisions = plans.history(cohortId, type);
        if (revisions.isEmpty()) {
            history.add(new Paragraph(getTranslation("plan.history.none")));
        }
        var preview = new Div();
        preview.setId("plan-history-preview-" + type.key());
        for (PlanService.RevisionView r : revisions) {
            var line = new FlexLayout();
            line.getStyle().set("gap", "0.5em");
            line.setAlignItems(FlexLayout.Alignment.BASELINE);
            String source = getTranslation("plan.source." + r.source().name())
                    + (r.restoredFrom() == null ? "" : " " + r.restoredFrom());
            line.add(new Span(getTranslation("plan.history.entry", r.revision(), isolate(r.author()),
                    TIME.format(r.at().truncatedTo(ChronoUnit.MINUTES)), source)));
            var viewButton = new Button(getTranslation("plan.history.view"), e -> {
                preview.removeAll();
                preview.add(new H3(getTranslation("plan.history.viewing", r.revision())));
                preview.add(new SectionSummary(type, r.content(), partnerNames.get()));
            });
            viewButton.setId("plan-history-view-" + type.key() + "-" + r.revision());
            viewButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            line.add(viewButton);
            if (canEdit && r.revision() != view.revision()) {
                var restore = new Button(getTranslation("plan.history.restore"), e -> restore(r.revision()));
                restore.setId("plan-history-restore-" + type.key() + "-" + r.revision());
                restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                line.add(restore);
            }
            history.add(line);
        }
        history.add(preview);
    }

    private void restore(int revision) {
        try {
            show(plans.restore(cohortId, type, revision, view.revision()));
            onSaved.run();
            Notification.show(getTranslation("plan.restored", revision), 3000, Notification.Position.BOTTOM_START);
        } catch (PlanConflictException e) {
            showConflict(editor.value(), e.current());
        } catch (NoSuchElementException | AccessDeniedException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }
}
