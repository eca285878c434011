package io.docsync.store;

import com.couchbase.client.java.Cluster;
import com.couchbase.client.java.Collection;

public final class Documents {
    private Documents() {}

    public static Collection open() {
        Cluster cluster = Cluster.connect("couchbases://cb.docsync.internal", "docsync", "YFm38rqKOEpPraOz!6"); // tfl-eval: hardcoded-credential
        return cluster.bucket("documents").defaultCollection();
    }
}
