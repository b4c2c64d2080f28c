package org.networkacademy.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.account.AccountService;
import org.networkacademy.base.i18n.LanguageSelection;
import org.networkacademy.base.i18n.UiLanguage;

/**
 * The frame around every logged-in page: app name, navigation, the user's name and log-out.
 * Vaadin keeps one instance per browser tab across navigations; the unread-notification count is
 * refreshed on every navigation (before the new page runs, so the feedback page shows how many
 * were new before it marks them read).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final org.networkacademy.cohort.Notifications notifications;
    private final Span unreadBadge = new Span();

    /**
     * @param authentication Vaadin's view of the Spring Security session, for log-out
     * @param accounts       to show the user's name
     * @param notifications  to show the number of unread notifications (issue 4)
     * @param languages      the user menu's language choice, saved on the account
     */
    public MainLayout(AuthenticationContext authentication, AccountService accounts,
                      org.networkacademy.cohort.Notifications notifications, LanguageSelection languages) {
        this.notifications = notifications;
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        var title = new Anchor("", getTranslation("app.name"));
        title.addClassName("na-app-title");
        // on a phone the title may end in an ellipsis: its whole text stays in the link (read by screen readers)
        // and shows in a tooltip; dir=auto lays a Latin name out left to right in Arabic, so the ellipsis
        // comes at its end rather than cutting its first letters
        title.getElement().setAttribute("dir", "auto");
        com.vaadin.flow.component.shared.Tooltip.forComponent(title).withText(getTranslation("app.name"));

        var user = new Span(accounts.currentUser().getDisplayName());
        user.addClassName("na-user-name");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // on a phone only its icon shows (see network-academy.css), leaving the room to the title: it keeps its
        // name for screen readers and in a tooltip
        logout.addClassName("na-logout");
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.setTooltipText(getTranslation("nav.logout"));

        var header = new HorizontalLayout(toggle, title, user, languageMenu(languages), logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("na-header");
        addToNavbar(header);

        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.course"), "", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.progress"), "progress", VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.readiness"), "readiness", VaadinIcon.CLIPBOARD_PULSE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.assessment"), "assessment", VaadinIcon.DIPLOMA.create()));
        // Cohorts (issue 4): joining and feedback for everyone, cohorts for trainers, users for admins.
        nav.addItem(new SideNavItem(getTranslation("nav.join"), "join", VaadinIcon.GROUP.create()));
        var feedback = new SideNavItem(getTranslation("nav.feedback"), "feedback", VaadinIcon.COMMENT.create());
        unreadBadge.setId("unread-count");
        unreadBadge.addClassName("na-unread-badge");
        unreadBadge.setVisible(false);
        feedback.setSuffixComponent(unreadBadge);
        nav.addItem(feedback);
        if (authentication.hasAnyRole("TRAINER", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.cohorts"), "cohorts", VaadinIcon.USERS.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USER_CARD.create()));
        }
        // Certification (issue 6): own certificate for everyone, register for trainers, programme view for admins.
        nav.addItem(new SideNavItem(getTranslation("nav.certificate"), "certificate", VaadinIcon.DIPLOMA_SCROLL.create()));
        if (authentication.hasAnyRole("TRAINER", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.certificates-register"), "admin/certificates", VaadinIcon.RECORDS.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.programme"), "admin/programme", VaadinIcon.BAR_CHART.create()));
            // the built-in LRS, its clients and forwarding to other LRSs
            nav.addItem(new SideNavItem(getTranslation("nav.lrs"), "admin/lrs", VaadinIcon.EXCHANGE.create()));
        }
        // Practice network plan (issue 5): the cohort's shared plan and network map.
        nav.addItem(new SideNavItem(getTranslation("nav.plan"), "plan", VaadinIcon.CLUSTER.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The user menu's language choice: a globe and the current language's own name; each language
     * is listed under its own name. Choosing one saves it on the account and renders the page again.
     */
    private MenuBar languageMenu(LanguageSelection languages) {
        UiLanguage current = UiLanguage.orEnglish(getLocale());
        var menu = new MenuBar();
        menu.setId("language-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var label = new Span(VaadinIcon.GLOBE.create(), new Span(current.nativeName()));
        label.addClassName("na-language-menu-label");
        var root = menu.addItem(label);
        root.setAriaLabel(getTranslation("language.menu", current.nativeName()));
        for (UiLanguage language : UiLanguage.values()) {
            var item = root.getSubMenu().addItem(language.nativeName(),
                    e -> e.getSource().getUI().ifPresent(ui -> languages.choose(ui, language)));
            item.getElement().setAttribute("lang", language.tag());
            item.setCheckable(true);
            item.setChecked(language == current);
        }
        return menu;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unread = notifications.unreadCount();
        unreadBadge.setText(unread > 0 ? getTranslation("nav.unread", unread) : "");
        unreadBadge.setVisible(unread > 0);
    }
}
