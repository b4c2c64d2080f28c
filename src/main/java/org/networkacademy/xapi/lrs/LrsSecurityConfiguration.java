package org.networkacademy.xapi.lrs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.util.unit.DataSize;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security of the LRS endpoint {@code /xapi/**}, ahead of the Vaadin UI's chain: stateless HTTP
 * Basic against LRS client credentials only (never user passwords; xAPI 1.0.3 Communication §4.1),
 * no session, no CSRF (no cookies are used), no log-in redirects: 401 with {@code WWW-Authenticate}
 * without valid credentials, 403 when the client lacks the scope for the request.
 *
 * <p>Scopes per resource (xAPI 1.0.3 Communication §4.2): Statements GET/HEAD {@code all}, {@code all/read},
 * {@code statements/read}, {@code statements/read/mine}; PUT/POST {@code all}, {@code statements/write}.
 * State GET/HEAD {@code all}, {@code all/read}, {@code state}; PUT/POST/DELETE {@code all}, {@code state}.
 * Activity and Agent Profile GET/HEAD {@code all}, {@code all/read}, {@code profile}; PUT/POST/DELETE
 * {@code all}, {@code profile}. Activities and Agents resources: any client. Export: {@code all},
 * {@code all/read}. Methods are the ones the alternate request syntax stands for (rewritten before this chain).
 */
@Configuration(proxyBeanMethods = false)
class LrsSecurityConfiguration {

    private static final String[] READ = {scope(LrsScope.ALL), scope(LrsScope.ALL_READ),
            scope(LrsScope.STATEMENTS_READ), scope(LrsScope.STATEMENTS_READ_MINE)};
    private static final String[] WRITE = {scope(LrsScope.ALL), scope(LrsScope.STATEMENTS_WRITE)};
    private static final String[] READ_ALL = {scope(LrsScope.ALL), scope(LrsScope.ALL_READ)};
    private static final String[] STATE_READ = {scope(LrsScope.ALL), scope(LrsScope.ALL_READ), scope(LrsScope.STATE)};
    private static final String[] STATE_WRITE = {scope(LrsScope.ALL), scope(LrsScope.STATE)};
    private static final String[] PROFILE_READ = {scope(LrsScope.ALL), scope(LrsScope.ALL_READ), scope(LrsScope.PROFILE)};
    private static final String[] PROFILE_WRITE = {scope(LrsScope.ALL), scope(LrsScope.PROFILE)};
    private static final String[] PROFILES = {"/xapi/activities/profile", "/xapi/agents/profile"};

    @Bean
    @Order(1)
    SecurityFilterChain lrsSecurityFilterChain(HttpSecurity http, LrsClientService clients) throws Exception {
        AuthenticationProvider provider = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication auth) {
                String key = auth.getName();
                String secret = String.valueOf(auth.getCredentials());
                LrsClient client = clients.authenticate(key, secret)
                        .orElseThrow(() -> new BadCredentialsException("bad LRS credentials"));
                return UsernamePasswordAuthenticationToken.authenticated(client, null, client.scopes().stream()
                        .map(s -> new SimpleGrantedAuthority(LrsScope.authority(s))).toList());
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
        // Status and body written directly: sendError would dispatch to /error, which the UI chain redirects.
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Network Academy LRS\"");
            write(response, 401, "valid LRS client credentials are required (HTTP Basic, xAPI Communication 4.1)");
        };
        AccessDeniedHandler denied = (request, response, e) ->
                write(response, 403, "these credentials lack the scope for this request (xAPI Communication 4.2)");
        http.securityMatcher("/xapi/**")
                // Its own manager without a parent: user accounts can never authenticate here.
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/xapi/about").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/xapi/**").permitAll()
                        // Methods these resources do not have: MVC answers 405 (Communication 3.2), whoever asks.
                        .requestMatchers(HttpMethod.DELETE, "/xapi/statements", "/xapi/activities", "/xapi/agents", "/xapi/about").permitAll()
                        .requestMatchers("/xapi/export/**").hasAnyAuthority(READ_ALL)
                        .requestMatchers(HttpMethod.GET, "/xapi/statements").hasAnyAuthority(READ)
                        .requestMatchers(HttpMethod.HEAD, "/xapi/statements").hasAnyAuthority(READ)
                        .requestMatchers("/xapi/statements").hasAnyAuthority(WRITE)
                        .requestMatchers(HttpMethod.GET, "/xapi/activities/state").hasAnyAuthority(STATE_READ)
                        .requestMatchers(HttpMethod.HEAD, "/xapi/activities/state").hasAnyAuthority(STATE_READ)
                        .requestMatchers("/xapi/activities/state").hasAnyAuthority(STATE_WRITE)
                        .requestMatchers(HttpMethod.GET, PROFILES).hasAnyAuthority(PROFILE_READ)
                        .requestMatchers(HttpMethod.HEAD, PROFILES).hasAnyAuthority(PROFILE_READ)
                        .requestMatchers(PROFILES).hasAnyAuthority(PROFILE_WRITE)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${networkacademy.xapi.max-request-size:50MB}") DataSize limit) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit));
        registration.addUrlPatterns("/xapi/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 35); // before anything reads the body
        return registration;
    }

    @Bean
    FilterRegistrationBean<AlternateRequestSyntaxFilter> alternateRequestSyntaxFilter() {
        var registration = new FilterRegistrationBean<>(new AlternateRequestSyntaxFilter());
        registration.addUrlPatterns("/xapi/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40); // before the version filter and security
        return registration;
    }

    @Bean
    FilterRegistrationBean<StatementWriteArrivalFilter> statementWriteArrivalFilter(InFlightStatements inFlight) {
        var registration = new FilterRegistrationBean<>(new StatementWriteArrivalFilter(inFlight));
        registration.addUrlPatterns("/xapi/statements");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 45); // after the alternate request syntax, before security
        return registration;
    }

    @Bean
    FilterRegistrationBean<XapiVersionFilter> xapiVersionFilter() {
        var registration = new FilterRegistrationBean<>(new XapiVersionFilter());
        registration.addUrlPatterns("/xapi/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }

    private static String scope(String s) {
        return LrsScope.authority(s);
    }
}
