package org.networkacademy.admin;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.admin.ui.SetPasswordView;
import org.networkacademy.admin.ui.UsersView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An admin searches users, deactivates one, gives a role, and creates a one-time password link that works once. */
class UserAdministrationUiTest extends AbstractAppTest {

    @Autowired
    UserAdministration admin;
    @Autowired
    PasswordEncoder encoder;

    @Test
    @SuppressWarnings("unchecked")
    void adminManagesUsersAndPasswordLinks() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AppUser boss = accounts.create(new Registration("Admin " + tag, "adm-" + tag + "@example.org", "correct-horse-battery",
                "Programme", "CH"), EnumSet.of(Role.TRAINEE, Role.ADMIN));
        AppUser target = accounts.create(new Registration("Fatou Diallo " + tag, "fatou-" + tag + "@example.org",
                "correct-horse-battery", "APIX", "SN"), EnumSet.of(Role.TRAINEE));

        login(boss);
        UI.getCurrent().navigate(UsersView.class);
        enter(_get(TextField.class, s -> s.withId("user-search")), "fatou-" + tag);
        Grid<AppUser> grid = _get(Grid.class, s -> s.withId("user-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        _click(_get(_getCellComponent(grid, 0, "actions"), Button.class, s -> s.withId("toggle-" + target.getId())));
        assertThat(accounts.findById(target.getId()).orElseThrow().isActive()).isFalse();
        admin.setRoles(target.getId(), Set.of(Role.TRAINER));
        assertThat(accounts.findById(target.getId()).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.TRAINER);
        assertThatThrownBy(() -> admin.setActive(boss.getId(), false)).hasMessage("admin.error.self");

        _click(_get(_getCellComponent(grid, 0, "actions"), Button.class, s -> s.withId("reset-" + target.getId())));
        String text = _get(Paragraph.class, s -> s.withId("password-link")).getText();
        String link = text.substring(text.indexOf("https://academy.example.org/set-password/"));
        String token = link.substring(link.lastIndexOf('/') + 1);

        // the link works once, anonymously
        logout();
        UI.getCurrent().navigate("set-password/" + token);
        enter(_get(PasswordField.class, s -> s.withId("new-password")), "a-new-secret-42");
        enter(_get(PasswordField.class, s -> s.withId("repeat-password")), "a-new-secret-42");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(_get(SetPasswordView.class).getElement().getTextRecursively()).contains("Your password is set.");
        assertThat(encoder.matches("a-new-secret-42", accounts.loadUserByUsername(target.getEmail()).getPassword())).isTrue();
        UI.getCurrent().navigate("set-password/" + token);
        assertThat(_get(SetPasswordView.class).getElement().getTextRecursively()).contains("This link is not valid any more.");
    }

    /**
     * Browser trial finding: a role check box applied on one click, with no question and no notice. Now each change
     * is asked about naming the user and the role and said after; cancelling puts the box back; an admin cannot take
     * away their own admin role.
     */
    @Test
    @SuppressWarnings("unchecked")
    void roleChangesAreConfirmedAndAnnounced_andAnAdminKeepsTheirOwnAdminRole() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AppUser boss = accounts.create(new Registration("Admin " + tag, "adm-" + tag + "@example.org", "correct-horse-battery",
                "Programme", "CH"), EnumSet.of(Role.TRAINEE, Role.ADMIN));
        AppUser target = accounts.create(new Registration("Moussa Keita " + tag, "moussa-" + tag + "@example.org",
                "correct-horse-battery", "APIX", "SN"), EnumSet.of(Role.TRAINEE));
        login(boss);
        UI.getCurrent().navigate(UsersView.class);
        enter(_get(TextField.class, s -> s.withId("user-search")), "moussa-" + tag);
        Grid<AppUser> grid = _get(Grid.class, s -> s.withId("user-grid"));

        // cancelled: nothing changes, the box is as it was
        CheckboxGroup<Role> roles = _get(_getCellComponent(grid, 0, "actions"), CheckboxGroup.class,
                s -> s.withId("roles-" + target.getId()));
        clientSets(roles, Set.of(Role.TRAINER));
        ConfirmDialog dialog = _get(ConfirmDialog.class, s -> s.withId("role-confirm"));
        assertThat(dialog.getElement().getProperty("message")).isEqualTo("Give the role Trainer to Moussa Keita " + tag + "?");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(roles.getValue()).isEmpty();
        assertThat(accounts.findById(target.getId()).orElseThrow().getRoles()).containsExactly(Role.TRAINEE);

        // confirmed: granted, and said
        clientSets(roles, Set.of(Role.TRAINER));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("role-confirm")));
        assertThat(accounts.findById(target.getId()).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.TRAINER);
        NotificationsKt.expectNotifications("Role Trainer granted to Moussa Keita " + tag + ".");

        // removing is asked about too
        roles = _get(_getCellComponent(grid, 0, "actions"), CheckboxGroup.class, s -> s.withId("roles-" + target.getId()));
        clientSets(roles, Set.of());
        dialog = _get(ConfirmDialog.class, s -> s.withId("role-confirm"));
        assertThat(dialog.getElement().getProperty("message")).isEqualTo("Remove the role Trainer from Moussa Keita " + tag + "?");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(accounts.findById(target.getId()).orElseThrow().getRoles()).containsExactly(Role.TRAINEE);
        NotificationsKt.expectNotifications("Role Trainer removed from Moussa Keita " + tag + ".");

        // one's own admin role stays, on the server and on the screen
        enter(_get(TextField.class, s -> s.withId("user-search")), "adm-" + tag);
        CheckboxGroup<Role> own = _get(_getCellComponent(grid, 0, "actions"), CheckboxGroup.class, s -> s.withId("roles-" + boss.getId()));
        clientSets(own, Set.of());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("role-confirm")));
        assertThat(accounts.findById(boss.getId()).orElseThrow().getRoles()).contains(Role.ADMIN);
        assertThat(own.getValue()).containsExactly(Role.ADMIN);
        assertThatThrownBy(() -> admin.setRoles(boss.getId(), Set.of(Role.TRAINER))).hasMessage("admin.error.self");
    }

    /** Changes a field's value as the browser would (a user's click), so that listeners see it as from the client. */
    private static <V> void clientSets(AbstractField<?, V> field, V value) {
        try {
            Method set = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            set.setAccessible(true);
            set.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
