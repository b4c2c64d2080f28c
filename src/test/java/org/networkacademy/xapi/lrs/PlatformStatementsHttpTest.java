package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.Registration;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's own statements (recorded by the learning flow) are served by the LRS endpoint. */
class PlatformStatementsHttpTest extends AbstractLrsHttpTest {

    @Autowired
    AccountService accounts;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void learningEventsAreServedWithThePlatformAuthority() {
        var user = accounts.register(new Registration("LRS Trainee", "lrs-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Chamber of Commerce", "KE"));
        var details = accounts.loadUserByUsername(user.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        var module = catalog.defaultModule();
        learning.openLesson(module.id(), module.lessons().getFirst().id());
        learning.completeLesson(module.id(), module.lessons().getFirst().id());

        String agent = "{\"account\":{\"homePage\":\"https://academy.example.org\",\"name\":\"" + user.getUuid() + "\"}}";
        var response = get("?ascending=true&agent=" + q(agent));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode statements = json(response).path("statements");
        assertThat(statements.size()).isEqualTo(3); // initialized module, experienced lesson, completed lesson
        for (JsonNode s : statements) {
            assertThat(s.path("authority").path("account").path("name").asString()).isEqualTo("network-academy");
            assertThat(s.path("stored").asString()).isNotEmpty();
            assertThat(s.path("version").asString()).isEqualTo("1.0.3");
        }
        assertThat(statements.get(2).path("verb").path("id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        String registration = statements.get(0).path("context").path("registration").asString();
        assertThat(json(get("?registration=" + registration)).path("statements").size()).isEqualTo(3);
    }
}
