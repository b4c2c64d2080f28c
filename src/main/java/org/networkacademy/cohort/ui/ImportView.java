package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.TraineeCsv;
import org.networkacademy.cohort.TraineeImport;

import java.util.stream.Collectors;

/**
 * CSV import of trainees: upload, preview with the problems of each row, then import all rows or
 * none. The file format is explained on the page.
 */
@Route("cohorts/:cohortId([0-9]+)/import")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class ImportView extends CohortPage {

    /** Grid cell part whose long words (e-mail addresses) may break anywhere; see cohorts.css. */
    static final String BREAK_ANYWHERE = "na-cell-break";

    private final TraineeImport imports;
    private final Div preview = new Div();
    private byte[] file;

    ImportView(CohortService cohorts, TraineeImport imports) {
        super(cohorts, "cohort.section.import");
        this.imports = imports;
    }

    @Override
    protected void render() {
        add(new Paragraph(getTranslation("import.help")));
        var upload = new Upload();
        // One file at a time; once it is checked the file list is emptied, so that a corrected file
        // can simply be dropped next (with a file still listed, the one-file limit would refuse it).
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            check(bytes);
            upload.clearFileList();
        }))));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize(TraineeImport.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(org.networkacademy.base.i18n.ComponentTexts.upload(this));
        preview.setId("import-preview");
        preview.setWidthFull();
        add(upload, preview);
    }

    /** Shows the preview of an uploaded file (called after the upload; tests call it directly). */
    void check(byte[] bytes) {
        preview.removeAll();
        file = null;
        TraineeImport.Preview p;
        try {
            p = imports.preview(cohort.getId(), bytes);
        } catch (IllegalArgumentException e) {
            ErrorMessages.show(this, e.getMessage());
            return;
        }
        var grid = new Grid<TraineeCsv.Row>();
        grid.setId("import-rows");
        grid.setAllRowsVisible(true);
        // Long names, addresses and problem lists wrap (addresses break anywhere) and show whole in a tooltip.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TraineeCsv.Row::line).setHeader(getTranslation("import.col.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TraineeCsv.Row::name).setHeader(getTranslation("dashboard.col.name")).setKey("name")
                .setTooltipGenerator(TraineeCsv.Row::name).setPartNameGenerator(r -> BREAK_ANYWHERE);
        grid.addColumn(TraineeCsv.Row::email).setHeader(getTranslation("import.col.email")).setKey("email")
                .setTooltipGenerator(TraineeCsv.Row::email).setPartNameGenerator(r -> BREAK_ANYWHERE);
        grid.addColumn(TraineeCsv.Row::institution).setHeader(getTranslation("dashboard.col.institution")).setKey("institution")
                .setTooltipGenerator(TraineeCsv.Row::institution).setPartNameGenerator(r -> BREAK_ANYWHERE);
        grid.addColumn(TraineeCsv.Row::country).setHeader(getTranslation("dashboard.col.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new StatusBadge(checkText(p, r), r.valid() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR))
                .setHeader(getTranslation("import.col.check")).setKey("check").setFlexGrow(2)
                .setTooltipGenerator(r -> checkText(p, r)).setPartNameGenerator(r -> BREAK_ANYWHERE);
        grid.setItems(p.rows());
        var summary = new Paragraph(getTranslation("import.summary", p.rows().size(), p.invalidCount()));
        summary.setId("import-summary");
        var commit = new Button(getTranslation("import.commit", p.rows().size()), e -> commit());
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(p.importable());
        if (p.importable()) {
            file = bytes;
        }
        preview.add(summary, grid, commit);
    }

    /** The check column's text: new or existing user, or the row's problems. */
    private String checkText(TraineeImport.Preview p, TraineeCsv.Row r) {
        return r.valid()
                ? getTranslation(p.existingEmails().contains(r.email()) ? "import.existing" : "import.new")
                : r.errors().stream().map(e -> getTranslation(e.key(), e.field().isEmpty() ? "" : getTranslation("import.field." + e.field())))
                .collect(Collectors.joining("; "));
    }

    private void commit() {
        if (file == null) {
            return;
        }
        try {
            var result = imports.commit(cohort.getId(), file);
            preview.removeAll();
            var done = new Paragraph(getTranslation("import.done", result.created(), result.enrolled(), result.trainers()));
            done.setId("import-done");
            preview.add(done);
            if (!result.passwordLinks().isEmpty()) {
                preview.add(new Paragraph(getTranslation("import.links")));
                var list = new com.vaadin.flow.component.html.UnorderedList();
                list.setId("import-links");
                result.passwordLinks().forEach((who, link) -> list.add(new com.vaadin.flow.component.html.ListItem(who + ": " + link)));
                preview.add(list);
            }
        } catch (IllegalArgumentException e) {
            ErrorMessages.show(this, e.getMessage());
        }
        file = null;
    }
}
