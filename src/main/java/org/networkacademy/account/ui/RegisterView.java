package org.networkacademy.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.Registration;
import org.networkacademy.account.RegistrationException;
import org.networkacademy.base.i18n.LanguageSelect;
import org.networkacademy.base.i18n.LanguageSelection;
import org.networkacademy.base.i18n.UiLanguage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;

/**
 * Self-registration of trainees: name, e-mail, password, institution and country. The service
 * validates again on the server; its refusal is shown on the field it names.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final TextField institution = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final Button submit = new Button();

    /**
     * @param accounts  creates the account
     * @param languages the language selector; the language shown is saved on the new account
     */
    public RegisterView(AccountService accounts, LanguageSelection languages) {
        addClassName("na-auth-page");
        setAlignItems(Alignment.CENTER);
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(200);
        name.setRequired(true);
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(254);
        email.setRequired(true);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setRequired(true);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setRequired(true);
        institution.setLabel(getTranslation("register.institution"));
        institution.setMaxLength(200);
        institution.setRequired(true);
        country.setLabel(getTranslation("register.country"));
        country.setRequired(true);
        Locale display = getLocale();
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(display))).toList());
        country.setItemLabelGenerator(c -> Locale.of("", c).getDisplayCountry(display));

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> register(accounts));

        var form = new FormLayout(name, email, password, confirm, institution, country);
        form.setMaxWidth("40em");
        add(new LanguageSelect(languages), new H1(getTranslation("register.title")), form, submit, new Anchor("login", getTranslation("register.have-account")));
    }

    private void register(AccountService accounts) {
        List.<HasValidation>of(name, email, password, confirm, institution, country).forEach(f -> f.setInvalid(false));
        // the password's own rule is said on the password field, not only the mismatch on the repeat field
        boolean badPassword = !AccountService.followsPasswordRules(password.getValue());
        if (badPassword) {
            password.setErrorMessage(getTranslation("register.error.password"));
            password.setInvalid(true);
        }
        boolean mismatch = !password.getValue().equals(confirm.getValue());
        if (mismatch) {
            confirm.setErrorMessage(getTranslation("register.error.confirm"));
            confirm.setInvalid(true);
        }
        if (badPassword || mismatch) {
            return;
        }
        try {
            accounts.register(new Registration(name.getValue(), email.getValue(), password.getValue(),
                    institution.getValue(), country.getValue(), UiLanguage.orEnglish(getLocale()).tag()));
            Notification.show(getTranslation("register.done"), 5000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (RegistrationException e) {
            var field = switch (e.field()) {
                case "displayName" -> name;
                case "email" -> email;
                case "password" -> password;
                case "institution" -> institution;
                default -> null;
            };
            String message = getTranslation(e.getMessage());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                country.setErrorMessage(message);
                country.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " | " + getTranslation("app.name");
    }
}
