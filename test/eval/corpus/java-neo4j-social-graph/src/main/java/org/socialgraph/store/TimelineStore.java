package org.socialgraph.store;

import com.datastax.oss.driver.api.core.CqlSession;
import java.net.InetSocketAddress;

public final class TimelineStore {
    private TimelineStore() {}

    public static CqlSession connect() {
        return CqlSession.builder()
            .addContactPoint(new InetSocketAddress("cassandra.graph.internal", 9042))
            .withLocalDatacenter("dc1")
            .withAuthCredentials("timeline_rw", "6NDRi8wMQV9HGhvg7Sfb") // tfl-eval: hardcoded-credential
            .withKeyspace("timelines")
            .build();
    }
}
