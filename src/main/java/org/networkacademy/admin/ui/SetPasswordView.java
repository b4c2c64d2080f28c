package org.networkacademy.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.networkacademy.account.RegistrationException;
import org.networkacademy.account.ui.LoginView;
import org.networkacademy.admin.UserAdministration;
import org.networkacademy.base.ui.ErrorMessages;
import org.springframework.security.access.AccessDeniedException;

/** Sets a password with a one-time link created by an admin ({@code /set-password/<token>}). */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAdministration admin;

    SetPasswordView(UserAdministration admin) {
        this.admin = admin;
        addClassNames("na-page", "na-auth-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        add(new H1(getTranslation("password.title")));
        if (!admin.linkUsable(token)) {
            add(new Paragraph(getTranslation("password.invalid")));
            return;
        }
        var password = new PasswordField(getTranslation("register.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("register.password.help"));
        var repeat = new PasswordField(getTranslation("register.confirm"));
        repeat.setId("repeat-password");
        var save = new Button(getTranslation("password.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                ErrorMessages.show(this, "password.mismatch");
                return;
            }
            try {
                admin.setPassword(token, password.getValue());
                removeAll();
                add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.done")),
                        new RouterLink(getTranslation("login.submit"), LoginView.class));
            } catch (RegistrationException ex) {
                ErrorMessages.show(this, ex.getMessage());
            } catch (AccessDeniedException ex) {
                ErrorMessages.show(this, "password.invalid");
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
