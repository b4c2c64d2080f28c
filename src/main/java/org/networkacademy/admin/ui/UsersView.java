package org.networkacademy.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.RegistrationException;
import org.networkacademy.account.Role;
import org.networkacademy.admin.UserAdministration;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * User administration: a lazy, searchable list of users; create a user; per user activate or
 * deactivate, set roles, and create a one-time password link (shown here, to pass on).
 */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration admin;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Paragraph link = new Paragraph();

    UsersView(UserAdministration admin) {
        this.admin = admin;
        addClassNames("na-page", "na-wide-page");
        search.setLabel(getTranslation("admin.search"));
        search.setId("user-search");
        search.setWidth("min(100%, 22rem)"); // the label "Search name, e-mail or institution" shows whole
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        link.setId("password-link");

        grid.setId("user-grid");
        // Names and e-mail addresses are shown whole (trial: "Amina T…" at 1400 px): cells wrap, names between words,
        // addresses anywhere (left to right in Arabic too); they share the room the actions leave (flex-grow), and the
        // actions take two lines (roles, then the buttons) rather than half the grid's width
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("dashboard.col.name")).setSortProperty("displayName")
                .setKey("name").setPartNameGenerator(u -> "na-cell-wrap").setWidth("9rem").setFlexGrow(2);
        grid.addColumn(AppUser::getEmail).setHeader(getTranslation("import.col.email")).setSortProperty("email")
                .setKey("email").setPartNameGenerator(u -> "na-cell-break na-cell-ltr").setWidth("11rem").setFlexGrow(2);
        grid.addColumn(AppUser::getInstitution).setHeader(getTranslation("dashboard.col.institution")).setSortProperty("institution")
                .setKey("institution").setPartNameGenerator(u -> "na-cell-wrap").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.roles")).setPartNameGenerator(u -> "na-cell-wrap").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(u -> new StatusBadge(getTranslation(u.isActive() ? "admin.active" : "admin.inactive"),
                u.isActive() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL)).setHeader(getTranslation("admin.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions")).setWidth("18rem").setFlexGrow(0);
        grid.setItems(query -> admin.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setHeight("60vh");

        add(new H1(getTranslation("admin.users")), createForm(), search, link, grid);
    }

    private HorizontalLayout actions(AppUser u) {
        var toggle = new Button(getTranslation(u.isActive() ? "admin.deactivate" : "admin.activate"),
                e -> run(() -> admin.setActive(u.getId(), !u.isActive())));
        toggle.setId("toggle-" + u.getId());
        var reset = new Button(getTranslation("admin.reset"), e -> {
            String url = admin.issueLink(u.getId());
            link.setText(getTranslation("admin.link", u.getDisplayName(), url));
        });
        reset.setId("reset-" + u.getId());
        var roles = new CheckboxGroup<Role>();
        roles.setAriaLabel(getTranslation("admin.roles"));
        roles.setItems(Role.TRAINER, Role.ADMIN);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(u.getRoles().stream().filter(r -> r != Role.TRAINEE).collect(Collectors.toSet()));
        roles.setId("roles-" + u.getId());
        roles.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                confirmRoleChange(u, roles, e.getOldValue(), e.getValue());
            }
        });
        var row = new HorizontalLayout(roles, toggle, reset);
        row.setSpacing(true);
        row.setWrap(true); // roles on one line, the buttons on the next (the column's width)
        return row;
    }

    /**
     * A role given or taken away is asked about first, naming the user and the role, and said after; cancelling puts
     * the check box back. The service refuses an admin removing their own admin role; the box is put back then too.
     */
    private void confirmRoleChange(AppUser u, CheckboxGroup<Role> box, Set<Role> before, Set<Role> after) {
        boolean grant = after.size() > before.size();
        Role role = (grant ? after : before).stream().filter(r -> !(grant ? before : after).contains(r)).findFirst().orElse(null);
        if (role == null) {
            return;
        }
        String key = grant ? "admin.role.grant" : "admin.role.remove";
        String roleName = getTranslation("role." + role.name());
        var dialog = new ConfirmDialog(getTranslation(key + "-title"), getTranslation(key + "-text", roleName, u.getDisplayName()),
                getTranslation(key), e -> {
            var set = EnumSet.of(Role.TRAINEE);
            set.addAll(after);
            try {
                admin.setRoles(u.getId(), set);
                Notification.show(getTranslation(grant ? "admin.role.granted" : "admin.role.removed", roleName, u.getDisplayName()));
                grid.getDataProvider().refreshAll();
            } catch (IllegalArgumentException ex) {
                box.setValue(before);
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        dialog.setId("role-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.role.cancel"));
        dialog.addCancelListener(e -> box.setValue(before));
        if (!grant) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
        } catch (IllegalArgumentException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    private Details createForm() {
        var name = new TextField(getTranslation("register.name"));
        name.setId("new-user-name");
        var email = new EmailField(getTranslation("register.email"));
        email.setId("new-user-email");
        var institution = new TextField(getTranslation("register.institution"));
        institution.setId("new-user-institution");
        var country = new ComboBox<String>(getTranslation("register.country"));
        country.setId("new-user-country");
        country.setItems(Set.of(Locale.getISOCountries()).stream().sorted().toList());
        country.setItemLabelGenerator(c -> Locale.of("", c).getDisplayCountry(getLocale()) + " (" + c + ")");
        var roles = new CheckboxGroup<Role>(getTranslation("admin.roles"));
        roles.setId("new-user-roles");
        roles.setItems(Role.TRAINER, Role.ADMIN);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        var create = new Button(getTranslation("admin.create"), e -> {
            var set = EnumSet.of(Role.TRAINEE);
            set.addAll(roles.getValue());
            try {
                var created = admin.create(name.getValue(), email.getValue(), institution.getValue(), country.getValue(), set);
                link.setText(getTranslation("admin.link", created.user().getDisplayName(), created.link()));
                name.clear();
                email.clear();
                institution.clear();
                grid.getDataProvider().refreshAll();
            } catch (RegistrationException ex) {
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        create.setId("new-user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var details = new Details(getTranslation("admin.new-user"), new FormLayout(name, email, institution, country, roles), create);
        details.setId("new-user");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users") + " | " + getTranslation("app.name");
    }
}
