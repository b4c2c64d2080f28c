package org.networkacademy.xapi.forwarding;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in forwarding tests for something the scheduled sender does in the background. */
final class Poll {

    private Poll() {
    }

    /**
     * Polls {@code condition} every 200 ms until it holds.
     *
     * @throws AssertionError when it does not hold within {@code timeout}
     */
    static void until(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
