package com.acme.reports.export

import com.datastax.oss.driver.api.core.CqlSession
import org.neo4j.driver.AuthTokens
import org.neo4j.driver.GraphDatabase
import java.net.InetSocketAddress

object GraphExport {
    val driver = GraphDatabase.driver("neo4j://graph.acme.internal:7687", AuthTokens.basic("reports", "XV3u9xWkLb2qNAcbMB7EuuRl")) // tfl-eval: hardcoded-credential, hardcoded-backing-service

    fun session(): CqlSession = CqlSession.builder()
        .addContactPoint(InetSocketAddress("cass.acme.internal", 9042))
        .withLocalDatacenter("eu1")
        .withAuthCredentials("reports_ro", "UeXflNJsF4eedMgzJcs3") // tfl-eval: hardcoded-credential
        .build()
}
