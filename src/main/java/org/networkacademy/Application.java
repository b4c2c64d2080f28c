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
     * Starts the application.
     *
     * @param args command-line arguments passed to Spring Boot
     */
    public static void main(String[] args) {
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
