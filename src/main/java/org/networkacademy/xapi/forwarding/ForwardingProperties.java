package org.networkacademy.xapi.forwarding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Forwarding settings ({@code networkacademy.forwarding.*}).
 *
 * @param key            Base64 of a 256-bit AES key that encrypts target credentials (env {@code NA_FORWARDING_KEY});
 *                       empty = targets cannot be added
 * @param pollInterval   how often the sender looks for due targets
 * @param requestTimeout timeout of one POST to a target (a timeout counts as a transient failure)
 * @param initialBackoff first retry delay after a failure; doubled per failure with ±50 % jitter
 * @param maxBackoff     longest retry delay
 * @param enabled        false stops the scheduled sender (e.g. on a second instance that only serves the UI)
 * @param workers        concurrent senders per target (each claims its own batches; order across batches is not kept):
 *                       while one batch waits for the target's answer, the next is claimed and sent
 * @param maxInFlight    batches on the wire at once over all targets and workers (each holds a database
 *                       connection while it is: keep well below the connection pool's size, 10)
 */
@ConfigurationProperties("networkacademy.forwarding")
public record ForwardingProperties(@DefaultValue("") String key,
                                   @DefaultValue("1s") Duration pollInterval,
                                   @DefaultValue("30s") Duration requestTimeout,
                                   @DefaultValue("2s") Duration initialBackoff,
                                   @DefaultValue("10m") Duration maxBackoff,
                                   @DefaultValue("true") boolean enabled,
                                   @DefaultValue("2") int workers,
                                   @DefaultValue("4") int maxInFlight) {
}
