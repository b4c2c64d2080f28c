package org.networkacademy.certification.ui;

import org.networkacademy.base.ui.CharacterCount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.certification.Certificate;
import org.networkacademy.certification.CertificationService;
import org.networkacademy.content.CourseCatalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The certificates register (trainer, admin): search by name, institution or code, filter by
 * status and country, export CSV, revoke with a reason, and issue by hand with a reason.
 */
@Route("admin/certificates")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CertificatesRegisterView extends VerticalLayout implements HasDynamicTitle {

    static final int ROWS = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final CertificationService certification;
    private final CourseCatalog catalog;
    private final TextField search = new TextField();
    private final ComboBox<Certificate.Status> status = new ComboBox<>();
    private final TextField country = new TextField();
    private final Grid<Certificate> grid = new Grid<>();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();

    CertificatesRegisterView(CertificationService certification, CourseCatalog catalog) {
        this.certification = certification;
        this.catalog = catalog;
        addClassName("na-page");
        setMaxWidth("80rem");
        add(new H1(getTranslation("certificates-register.title")));

        search.setLabel(getTranslation("certificates-register.search"));
        search.setId("register-search");
        search.setClearButtonVisible(true);
        status.setLabel(getTranslation("certificates-register.status"));
        status.setItems(Certificate.Status.values());
        status.setItemLabelGenerator(s -> getTranslation(s == Certificate.Status.VALID ? "verify.valid" : "verify.revoked"));
        status.setClearButtonVisible(true);
        country.setLabel(getTranslation("certificates-register.country"));
        country.setMaxLength(2);
        country.setWidth("6em");
        var apply = new Button(getTranslation("certificates-register.apply"), e -> refresh());
        apply.setId("register-apply");
        csv.setText(getTranslation("certificates-register.csv"));
        csv.setRouterIgnore(true);
        csv.getElement().setAttribute("download", true);
        xlsx.setText(getTranslation("certificates-register.xlsx"));
        xlsx.setRouterIgnore(true);
        xlsx.getElement().setAttribute("download", true);
        var filters = new HorizontalLayout(search, status, country, apply, csv, xlsx);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.setId("register-grid");
        grid.addColumn(Certificate::getRecipientName).setHeader(getTranslation("certificates-register.col.name")).setFlexGrow(2);
        grid.addColumn(Certificate::getRecipientInstitution).setHeader(getTranslation("certificates-register.col.institution")).setFlexGrow(2);
        grid.addColumn(Certificate::getRecipientCountry).setHeader(getTranslation("certificates-register.country")).setAutoWidth(true);
        grid.addColumn(c -> DATE.format(c.getIssuedAt())).setHeader(getTranslation("certificates-register.col.issued")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.getIssueMode() == Certificate.IssueMode.AUTOMATIC
                ? "certificates-register.automatic" : "certificates-register.manual")).setHeader(getTranslation("certificates-register.col.mode"));
        grid.addComponentColumn(c -> new StatusBadge(getTranslation(c.getStatus() == Certificate.Status.VALID ? "verify.valid" : "verify.revoked"),
                c.getStatus() == Certificate.Status.VALID ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR))
                .setHeader(getTranslation("certificates-register.status")).setAutoWidth(true);
        grid.addColumn(Certificate::getCode).setHeader(getTranslation("certificates-register.col.code")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var revoke = new Button(getTranslation("certificates-register.revoke"), e -> openRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(c.getStatus() == Certificate.Status.VALID);
            revoke.setAriaLabel(getTranslation("certificates-register.revoke-for", c.getRecipientName()));
            return revoke;
        }).setKey("revoke").setHeader(getTranslation("certificates-register.revoke"));
        add(grid);
        add(issueForm());
        refresh();
    }

    private VerticalLayout issueForm() {
        var email = new EmailField(getTranslation("certificates-register.issue-email"));
        email.setId("issue-email");
        email.setWidth("min(100%, 24rem)"); // a whole address shows (trial: "outsider2@example.org" was clipped)
        var reason = new TextArea(getTranslation("certificates-register.reason"));
        reason.setId("issue-reason");
        CharacterCount.show(reason, CertificationService.MAX_REASON_LENGTH);
        reason.setWidthFull();
        var issue = new Button(getTranslation("certificates-register.issue"), e -> {
            try {
                Certificate c = certification.issueManually(email.getValue(), catalog.defaultModule().id(), reason.getValue());
                Notification.show(getTranslation("certificates-register.issued", c.getRecipientName()));
                email.clear();
                reason.clear();
                refresh();
            } catch (IllegalArgumentException ex) {
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        issue.setId("issue-button");
        var form = new VerticalLayout(new H2(getTranslation("certificates-register.issue-title")), email, reason, issue);
        form.setPadding(false);
        return form;
    }

    private void openRevoke(Certificate c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("certificates-register.revoke-for", c.getRecipientName()));
        var reason = new TextArea(getTranslation("certificates-register.reason"));
        reason.setId("revoke-reason");
        CharacterCount.show(reason, CertificationService.MAX_REASON_LENGTH);
        reason.setWidthFull();
        dialog.add(reason);
        var confirm = new Button(getTranslation("certificates-register.revoke"), e -> {
            try {
                certification.revoke(c.getCode(), reason.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        confirm.addClickListener(e -> confirm.setEnabled(true));
        confirm.setId("revoke-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("certificates-register.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(certification.register(search.getValue(), status.getValue(), country.getValue(), ROWS));
        String query = "q=" + URLEncoder.encode(search.getValue(), StandardCharsets.UTF_8)
                + (status.getValue() == null ? "" : "&status=" + status.getValue().name())
                + "&country=" + URLEncoder.encode(country.getValue(), StandardCharsets.UTF_8);
        csv.setHref("certificates/register.csv?" + query);
        xlsx.setHref("certificates/register.xlsx?" + query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates-register.title") + " | " + getTranslation("app.name");
    }
}
