package org.networkacademy.base.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@code DataSource} to the configured or embedded MariaDB. Spring Boot's own
 * DataSource auto-configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties) {
        return new DatabaseServer(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
        var config = new HikariConfig();
        config.setJdbcUrl(server.databaseUrl());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("network-academy");
        return new HikariDataSource(config);
    }
}
