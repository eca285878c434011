package org.socialgraph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class GraphStoreTest {
    @Test
    void connectsToTestcontainer() {
        var driver = GraphDatabase.driver("bolt://localhost:7687", AuthTokens.basic("neo4j", "letmein123")); // tfl-eval-not: hardcoded-credential
        driver.close();
    }
}
