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
    /**
     * When set, only statements of this thread are counted: the application's background jobs
     * (e.g. the xAPI forwarding poller) share the pool and would otherwise add to a render's count.
     */
    static volatile Thread counted;
    /** With {@code -Dbench.sql=true} every statement's SQL is printed too, to see which ones a render runs. */
    private static final boolean PRINT = Boolean.getBoolean("bench.sql");

    CountingDataSource(HikariConfig config) {
        super(config);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
            String name = method.getName();
            if ((name.startsWith("prepareStatement") || name.startsWith("prepareCall") || name.equals("createStatement"))
                    && (counted == null || counted == Thread.currentThread())) {
                long n = STATEMENTS.incrementAndGet();
                if (PRINT) {
                    System.out.println("SQL #" + n + ": " + (args != null && args.length > 0 ? String.valueOf(args[0]).replaceAll("\\s+", " ") : "(statement)"));
                }
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
