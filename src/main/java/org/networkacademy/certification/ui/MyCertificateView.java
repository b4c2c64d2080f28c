package org.networkacademy.certification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.certification.Certificate;
import org.networkacademy.certification.CertificationService;
import org.networkacademy.certification.Eligibility;
import org.networkacademy.certification.Requirement;
import org.networkacademy.base.i18n.UiLanguage;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The trainee's certificate: what is still missing, or the certificate with its PDF, badge and
 * public verification link.
 */
@Route("certificate")
@PermitAll
public class MyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificationService certification;
    private final CourseCatalog catalog;

    MyCertificateView(CertificationService certification, CourseCatalog catalog) {
        this.certification = certification;
        this.catalog = catalog;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CourseModule module = catalog.defaultModule();
        add(new H1(getTranslation("my-certificate.title")));
        var certificate = certification.myCertificate(module.id());
        if (certificate.isPresent()) {
            Certificate c = certificate.get();
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(ZoneOffset.UTC);
            boolean valid = c.getStatus() == Certificate.Status.VALID;
            var badge = new StatusBadge(getTranslation(valid ? "verify.valid" : "verify.revoked"),
                    valid ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR);
            badge.setId("certificate-status");
            add(badge, new Paragraph(getTranslation("my-certificate.issued",
                    catalog.title(c.getModuleId(), UiLanguage.orEnglish(getLocale()).tag(), c.getModuleTitle()), date.format(c.getIssuedAt()))),
                    new Paragraph(getTranslation("my-certificate.code", c.getCode())));
            var links = new HorizontalLayout();
            links.setWrap(true);
            if (valid) {
                var pdf = new Anchor("certificates/" + c.getCode() + "/certificate.pdf", getTranslation("my-certificate.pdf"));
                pdf.setRouterIgnore(true);
                pdf.getElement().setAttribute("download", true);
                var png = new Anchor("openbadges/assertions/" + c.getCode() + "/badge.png", getTranslation("my-certificate.badge"));
                png.setRouterIgnore(true);
                png.getElement().setAttribute("download", true);
                links.add(pdf, png);
            }
            var verify = new Anchor(certification.verificationUrl(c.getCode()), getTranslation("my-certificate.verify-link"));
            verify.setTarget(AnchorTarget.BLANK);
            links.add(verify);
            add(links);
            return;
        }
        Eligibility eligibility = certification.eligibility(module.id());
        add(new Paragraph(getTranslation("my-certificate.not-yet")));
        add(new H2(getTranslation("my-certificate.requirements")));
        var list = new UnorderedList();
        list.setId("requirements");
        for (Requirement r : Requirement.values()) {
            if (r == Requirement.PLAN_CONTRIBUTIONS && module.certification().minApprovedPlanContributions() == 0) {
                continue;
            }
            boolean met = !eligibility.missingRequirements().contains(r);
            list.add(new ListItem(new StatusBadge(getTranslation("certification.requirement." + r.name()),
                    met ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL),
                    new com.vaadin.flow.component.html.Span(" " + getTranslation(met ? "my-certificate.met" : "my-certificate.missing"))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-certificate.title") + " | " + getTranslation("app.name");
    }
}
