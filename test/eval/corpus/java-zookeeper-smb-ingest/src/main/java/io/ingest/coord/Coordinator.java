package io.ingest.coord;

import java.nio.charset.StandardCharsets;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.ZooKeeper;

public final class Coordinator {
    private Coordinator() {}

    public static CuratorFramework curator() {
        return CuratorFrameworkFactory.builder()
            .connectString("zk-1.ingest.internal:2181,zk-2.ingest.internal:2181")
            .retryPolicy(new ExponentialBackoffRetry(1000, 3))
            .authorization("digest", "ingest:oWjK5YW2NWVAETnfCtA0".getBytes(StandardCharsets.UTF_8)) // tfl-eval: hardcoded-credential
            .build();
    }

    public static void legacy(ZooKeeper zk) {
        zk.addAuthInfo("digest", "ingest-legacy:wwt583oLsqCJBjixRu6H".getBytes()); // tfl-eval: hardcoded-credential
    }
}
