package org.networkacademy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A friendly "page not found" (HTTP 404) with a title and a way back, instead of the framework's
 * route list, inside the app's frame (header and menu) like any other page. Logged-in users only,
 * as the frame is: an anonymous visitor is sent to log in first (by the security filter for a page
 * request, by Vaadin's navigation access control within the app). The HTTP status of the first
 * page load is set by {@link NotFoundStatus}; this view's status applies to navigations the
 * server's router answers itself.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** Builds the page. */
    public NotFoundView() {
        setId("not-found");
        addClassName("na-page");
        var home = new Anchor("", getTranslation("error.not-found.home"));
        home.setId("not-found-home");
        add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " | " + getTranslation("app.name");
    }
}
