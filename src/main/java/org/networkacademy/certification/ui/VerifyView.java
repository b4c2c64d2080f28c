package org.networkacademy.certification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.networkacademy.base.i18n.UiLanguage;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.certification.CertificationService;
import org.networkacademy.certification.Verification;
import org.networkacademy.content.CourseCatalog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The public verification page {@code /verify/<code>} (no log-in), where the QR code of a
 * certificate leads: valid, revoked or unknown, with name, module and date. Look-ups are
 * rate-limited per client address by the service.
 */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificationService certification;
    private final CourseCatalog catalog;

    VerifyView(CertificationService certification, CourseCatalog catalog) {
        this.certification = certification;
        this.catalog = catalog;
        addClassNames("na-page", "na-verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        Verification v = certification.verify(code, request == null ? null : request.getRemoteAddr());
        add(new H1(getTranslation("verify.title")));
        // the module's title in the reader's language when translated, else as stored on the certificate
        String module = v.moduleId() == null ? v.moduleTitle()
                : catalog.title(v.moduleId(), UiLanguage.orEnglish(getLocale()).tag(), v.moduleTitle());
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        switch (v.state()) {
            case VALID -> {
                var badge = new StatusBadge(getTranslation("verify.valid"), StatusBadge.Tone.SUCCESS);
                badge.setId("verify-status");
                add(badge, new Paragraph(getTranslation("verify.valid-detail", v.name(), module, date.format(v.issuedAt()))));
            }
            case REVOKED -> {
                var badge = new StatusBadge(getTranslation("verify.revoked"), StatusBadge.Tone.ERROR);
                badge.setId("verify-status");
                add(badge, new Paragraph(getTranslation("verify.revoked-detail", v.name(), module,
                        date.format(v.issuedAt()), date.format(v.revokedAt()))));
            }
            case UNKNOWN -> {
                var badge = new StatusBadge(getTranslation("verify.unknown"), StatusBadge.Tone.NEUTRAL);
                badge.setId("verify-status");
                add(badge, new Paragraph(getTranslation("verify.unknown-detail")));
            }
            case TOO_MANY_REQUESTS -> {
                var badge = new StatusBadge(getTranslation("verify.too-many"), StatusBadge.Tone.NEUTRAL);
                badge.setId("verify-status");
                add(badge);
            }
        }
        add(new Anchor("", getTranslation("app.name")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
