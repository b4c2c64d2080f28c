package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One {@link PeerLrs} for a test class: started before its first test and stopped after its last.
 * Register it as {@code @RegisterExtension static final PeerLrsExtension PEER = new PeerLrsExtension();}
 * and reach the peer with {@link #peer()}. The class's tests are skipped, as not runnable here, only when
 * node or npm is missing (CI has both).
 */
public final class PeerLrsExtension implements BeforeAllCallback, AfterAllCallback {

    private PeerLrs peer;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(PeerLrs.nodeAvailable(), "node and npm are needed for the peer LRS");
        peer = PeerLrs.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (peer != null) {
            peer.close();
            peer = null;
        }
    }

    /**
     * @return the running peer
     * @throws IllegalStateException outside the test class's lifetime
     */
    public PeerLrs peer() {
        if (peer == null) {
            throw new IllegalStateException("the peer LRS runs only while its test class runs");
        }
        return peer;
    }
}
