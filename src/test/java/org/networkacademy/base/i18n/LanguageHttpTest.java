package org.networkacademy.base.i18n;

import org.junit.jupiter.api.Test;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.Registration;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first HTML of a page through the real server: its {@code <html lang dir>} follow the
 * browser's {@code Accept-Language} before log-in and the account's saved language after it, so
 * that an Arabic page is right-to-left from the first paint on a slow connection.
 */
class LanguageHttpTest extends AbstractLrsHttpTest {

    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");

    @Autowired
    AccountService accounts;

    private String htmlTag(HttpClient client, String path, String acceptLanguage) throws Exception {
        var response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var m = HTML_TAG.matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void beforeLogInThePageFollowsTheBrowsersLanguage() throws Exception {
        assertThat(htmlTag(HttpClient.newHttpClient(), "/login", "ar-EG,ar;q=0.9,en;q=0.5"))
                .contains("lang=\"ar\"").contains("dir=\"rtl\"");
        assertThat(htmlTag(HttpClient.newHttpClient(), "/login", "fr-SN,fr;q=0.9"))
                .contains("lang=\"fr\"").contains("dir=\"ltr\"");
        assertThat(htmlTag(HttpClient.newHttpClient(), "/login", "de-DE,pt;q=0.8,es;q=0.5"))
                .contains("lang=\"es\"");
        assertThat(htmlTag(HttpClient.newHttpClient(), "/login", "de-DE"))
                .contains("lang=\"en\"").contains("dir=\"ltr\"");
    }

    @Test
    void afterLogInThePageHasTheAccountsLanguage() throws Exception {
        String email = "ar-" + UUID.randomUUID() + "@example.org";
        accounts.register(new Registration("Youssef El Amrani", email, "long-enough-pw", "Chambre de commerce", "MA", "ar"));
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(htmlTag(client, "/login", "en-GB")).contains("lang=\"en\"");
        var login = client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + email.replace("@", "%40") + "&password=long-enough-pw")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(htmlTag(client, "/", "en-GB")).contains("lang=\"ar\"").contains("dir=\"rtl\"");
    }
}
