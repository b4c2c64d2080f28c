package org.networkacademy.base;

import org.junit.jupiter.api.Test;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.Registration;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown addresses through the real filter chain: a logged-in user reaches the app with HTTP 404
 * (its router shows the "page not found" view, see {@code NotFoundViewTest}) instead of an empty 403; an
 * anonymous visitor is sent to log in; protected non-UI resources stay protected.
 */
class ErrorPagesHttpTest extends AbstractLrsHttpTest {

    @Autowired
    AccountService accounts;

    private static HttpResponse<String> get(HttpClient client, java.net.URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loggedInUserGetsTheAppWith404ForAnUnknownAddressNotAnEmpty403() throws Exception {
        accounts.register(new Registration("Lost Visitor", "lost-visitor@example.org", "long-enough-pw", "Chamber", "KE"));
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=lost-visitor%40example.org&password=long-enough-pw")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        // no route at all: HTTP 404, with the app's page (which then shows the "page not found" view)
        for (String path : new String[] {"/foo/bar", "/nope.html", "/lessons/no-such-lesson/extra", "/lesson/x/y/z"}) {
            var response = get(client, uri(path));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<html").contains("Vaadin");
        }
        // real routes, with and without route parameters, are answered as before
        for (String path : new String[] {"/", "/progress", "/lesson/why-tsis-network", "/cohorts/12/import", "/join"}) {
            var response = get(client, uri(path));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("<html").contains("Vaadin");
        }
    }

    @Test
    void anonymousVisitorIsSentToLogInAndProtectedResourcesStayClosed() throws Exception {
        var client = HttpClient.newHttpClient();
        var unknown = get(client, uri("/foo/bar"));
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        var register = get(client, uri("/certificates/register.csv"));
        assertThat(register.statusCode()).isEqualTo(302);
        assertThat(register.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // the LRS has its own chain: no credentials, no statements
        var statements = client.send(HttpRequest.newBuilder(uri("/xapi/statements")).header("X-Experience-API-Version", "1.0.3").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(statements.statusCode()).isEqualTo(401);
    }

    @Test
    void iconsArePublicAndNamedByEveryPage() throws Exception {
        var client = HttpClient.newHttpClient();
        var favicon = client.send(HttpRequest.newBuilder(uri("/favicon.ico")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.body()).startsWith(0, 0, 1, 0); // ICO header: reserved 0, type 1
        var svg = get(client, uri("/icons/icon.svg"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        var loginPage = get(client, uri("/login"));
        assertThat(loginPage.body()).contains("icons/icon.svg").contains("apple-touch-icon");
    }
}
