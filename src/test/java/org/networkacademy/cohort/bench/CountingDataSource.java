package org.networkacademy.cohort.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/** A Hikari pool whose connections count every statement prepared or created: the benchmark's SQL query counter. */
class CountingDataSource extends HikariDataSource {

    static final AtomicLong STATEMENTS = new AtomicLong();

    CountingDataSource(HikariConfig config) {
        super(config);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("prepareStatement") || name.startsWith("prepareCall") || name.equals("createStatement")) {
                STATEMENTS.incrementAndGet();
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
