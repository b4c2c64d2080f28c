package org.networkacademy;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of Network Academy: a Spring Boot application serving the Vaadin UI, the course
 * content and the xAPI statement store. Server push is on so that members of a cohort see each
 * other's changes to their shared network plan without reloading.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/network-academy.css")
@StyleSheet("styles/cohorts.css")
@Push
public class Application implements AppShellConfigurator {

    /**
     * Starts the application. The JVM's default time zone is set to UTC first: the database's DATETIME columns
     * (statement {@code stored} and {@code timestamp}, queue and document times) hold UTC, and MariaDB Connector/J
     * converts {@code java.sql.Timestamp} values with the JVM's zone, so on a server set to another zone they would
     * be written in local time. Pages show times in the reader's zone or as UTC ({@code ClientTime}), never in the
     * server's.
     *
     * @param args command-line arguments passed to Spring Boot
     */
    public static void main(String[] args) {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Network Academy: establishing and managing networks of Trade Support Institutions");
        // icons/ and favicon.ico are in META-INF/resources (public, also on the log-in page)
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
    }
}
