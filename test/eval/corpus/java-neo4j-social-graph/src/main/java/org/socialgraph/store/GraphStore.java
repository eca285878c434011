package org.socialgraph.store;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

public final class GraphStore {
    private static final String URI = "neo4j+s://7f3a91c2.databases.neo4j.io"; // tfl-eval: hardcoded-backing-service

    private GraphStore() {}

    /** The follower graph on Aura. */
    public static Driver open() {
        return GraphDatabase.driver(URI, AuthTokens.basic("neo4j", "SLY53M7RDO4ETs6aPRTJXUyl8tbOGULzWqYvJC7a7j2")); // tfl-eval: hardcoded-credential
    }

    /** The staging graph reads its password from the environment. */
    public static Driver staging() {
        return GraphDatabase.driver(System.getenv("NEO4J_URI"),
            AuthTokens.basic("neo4j", System.getenv("NEO4J_PASSWORD"))); // tfl-eval-not: hardcoded-credential
    }

    /** The embedded test server runs without auth. */
    public static Driver local() {
        return GraphDatabase.driver("bolt://localhost:7687", AuthTokens.none()); // tfl-eval: hardcoded-backing-service
    }
}
