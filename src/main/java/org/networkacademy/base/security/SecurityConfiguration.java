package org.networkacademy.base.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.component.Component;
import org.networkacademy.account.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the Vaadin UI: form log-in through {@link LoginView}, BCrypt password
 * hashes, and method security so that services check roles on every call ({@code @RolesAllowed}).
 *
 * <p>Views carry {@code @RolesAllowed}/{@code @PermitAll} too, for Vaadin's navigation access
 * control, which checks them before a view is created. Spring's JSR-250 method security is kept to
 * services and other beans ({@link #jsr250ForServices}): with the stock advisor every view and the
 * layout became a CGLIB proxy when Vaadin created them, which cost a proxy class generation on the
 * first visit of each view and an annotation scan of the whole component class hierarchy on every
 * navigation (≈ a quarter of the server time of the trainer dashboard's navigation; see
 * docs/benchmarks.md).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = false, securedEnabled = true)
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

    /**
     * The JSR-250 advisor ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) as
     * {@code @EnableMethodSecurity(jsr250Enabled = true)} would register it, except that it does
     * not apply to Vaadin components (views and layouts; Vaadin's navigation access control checks
     * their annotations).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250ForServices(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        var standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        var pointcut = new ComposablePointcut((Class<?> type) -> !Component.class.isAssignableFrom(type))
                .intersection(standard.getPointcut());
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(pointcut, new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        strategy.ifAvailable(interceptor::setSecurityContextHolderStrategy);
        return interceptor;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
