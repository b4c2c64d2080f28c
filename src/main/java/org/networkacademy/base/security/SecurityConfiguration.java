package org.networkacademy.base.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.networkacademy.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the Vaadin UI: form log-in through {@link LoginView}, BCrypt password
 * hashes, and method security so that services check roles on every call ({@code @RolesAllowed}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true, securedEnabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/content-files/**", "/styles/**", "/actuator/health").permitAll()
                // Open Badges hosted verification: Issuer, BadgeClass, Assertion and images must be public
                .requestMatchers("/openbadges/**").permitAll()
                // certificate PDFs and the register export: logged-in users; the service checks owner/role
                .requestMatchers("/certificates/**").authenticated());
        http.headers(h -> h.contentTypeOptions(c -> { }).referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin denies every request that is not a known route or resource. For a logged-in user an
        // unknown address should reach the router and its "page not found" view (HTTP 404) instead
        // of an empty 403; anonymous visitors are still sent to log in first. Views and services
        // check roles themselves (@RolesAllowed, NavigationAccessControl).
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
