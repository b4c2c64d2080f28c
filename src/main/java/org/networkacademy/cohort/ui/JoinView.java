package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortService;

/**
 * A logged-in user joins a cohort with its code; the invite link {@code /join/<code>} fills the
 * code in (anyone not logged in is sent to log in first by Spring Security).
 */
@Route("join/:code?")
@PermitAll
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final TextField code = new TextField();
    private final Paragraph result = new Paragraph();

    JoinView(CohortService cohorts) {
        this.cohorts = cohorts;
        addClassName("na-page");
        code.setLabel(getTranslation("join.code"));
        code.setId("join-code");
        code.setMaxLength(16);
        var join = new Button(getTranslation("join.submit"), e -> join());
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("join-result");
        add(new H1(getTranslation("join.title")), new Paragraph(getTranslation("join.intro")), code, join, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(code::setValue);
    }

    private void join() {
        try {
            Cohort cohort = cohorts.join(code.getValue());
            result.removeAll();
            result.add(getTranslation("join.done", cohort.getName()) + " ");
            result.add(new RouterLink(getTranslation("join.start"), org.networkacademy.learning.ui.CourseHomeView.class));
        } catch (IllegalArgumentException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " | " + getTranslation("app.name");
    }
}
