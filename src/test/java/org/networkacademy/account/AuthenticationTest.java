package org.networkacademy.account;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.ui.LoginView;
import org.networkacademy.learning.ui.CourseHomeView;
import org.networkacademy.learning.ui.ProgressView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Log-in through the real Spring Security filter chain, BCrypt hashes, and route protection. */
class AuthenticationTest extends AbstractAppTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    PasswordEncoder encoder;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void logInWithRightPasswordAndGenericFailureOtherwise() throws Exception {
        AppUser user = newTrainee("Login Tester");
        mvc().perform(formLogin("/login").user(user.getEmail()).password("correct-horse-battery"))
                .andExpect(authenticated().withRoles("TRAINEE"));
        // wrong password and unknown user end at the same place with the same (generic) error
        mvc().perform(formLogin("/login").user(user.getEmail()).password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc().perform(formLogin("/login").user("nobody@example.org").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        AppUser user = newTrainee("Hash Tester");
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, user.getId());
        assertThat(hash).startsWith("$2").doesNotContain("correct-horse-battery");
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
    }

    @Test
    void registrationRefusesBadInputNamingTheField() {
        assertThatThrownBy(() -> accounts.register(new Registration("A", "not-an-email", "long-enough-pw", "X", "KE")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> accounts.register(new Registration("A", "a@example.org", "short", "X", "KE")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.register(new Registration("A", "a@example.org", "long-enough-pw", "X", "XX")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("country"));
        assertThatThrownBy(() -> accounts.register(new Registration(" ", "a@example.org", "long-enough-pw", "X", "KE")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        AppUser user = newTrainee("Taken");
        assertThatThrownBy(() -> accounts.register(new Registration("B", user.getEmail().toUpperCase(), "long-enough-pw", "X", "KE")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.getMessage()).isEqualTo("register.error.email-taken"));
    }

    @Test
    void protectedViewsSendAnonymousVisitorsToLogIn() {
        UI.getCurrent().navigate(ProgressView.class);
        _assertOne(LoginView.class);
        UI.getCurrent().navigate(CourseHomeView.class);
        _assertOne(LoginView.class);
        login(newTrainee("Now Logged In"));
        UI.getCurrent().navigate(ProgressView.class);
        _assertOne(ProgressView.class);
    }

    @Test
    void adminRoleIsGrantedOnlyByCreate() {
        AppUser admin = accounts.create(new Registration("Adm", "adm-" + System.nanoTime() + "@example.org", "long-enough-pw", "X", "KE"),
                Set.of(Role.ADMIN));
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(newTrainee("T").getRoles()).containsExactly(Role.TRAINEE);
    }
}
