package org.networkacademy.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The register form says what is wrong on the field at fault. */
class RegisterViewUiTest extends AbstractAppTest {

    /** Browser trial finding: with a too-short password only the repeat field's mismatch was flagged. */
    @Test
    @SuppressWarnings("unchecked")
    void aTooShortPasswordIsFlaggedOnThePasswordFieldWithTheRule() {
        UI.getCurrent().navigate(RegisterView.class);
        String email = "short-" + UUID.randomUUID() + "@example.org";
        enter(_get(TextField.class, s -> s.withLabel("Full name")), "Kofi Mensah");
        enter(_get(EmailField.class), email);
        var password = _get(PasswordField.class, s -> s.withLabel("Password"));
        var repeat = _get(PasswordField.class, s -> s.withLabel("Repeat password"));
        enter(password, "short");
        enter(repeat, "shorter");
        enter(_get(TextField.class, s -> s.withLabel("Institution")), "Ghana Export Promotion Authority");
        enter((ComboBox<String>) _get(ComboBox.class), "GH");
        _click(_get(Button.class, s -> s.withText("Create account")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs 10 to 128 characters");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(accounts.findByEmail(email)).isEmpty();

        // the same short password twice: the rule alone
        enter(repeat, "short");
        _click(_get(Button.class, s -> s.withText("Create account")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(repeat.isInvalid()).isFalse();
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
