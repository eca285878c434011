package search

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import org.apache.http.HttpHost
import org.elasticsearch.client.RestClient
import org.jetbrains.exposed.sql.Database

object Storage {
    val db = Database.connect(
        url = "jdbc:mariadb://catalog-db:3306/catalog", // tfl-eval: hardcoded-backing-service
        driver = "org.mariadb.jdbc.Driver",
        user = "catalog",
        password = "BzkjtgYcN1e7D3Ra5feOmekr", // tfl-eval: hardcoded-credential
    )

    private val signingKey = Keys.hmacShaKeyFor("vopsaAtFJLB0L0xXWQpYU7HZq5FHkLETtBlGaPi2DeXh6Ffd".toByteArray()) // tfl-eval: hardcoded-credential

    fun issue(subject: String): String = Jwts.builder().subject(subject).signWith(signingKey).compact()

    val elastic: RestClient = RestClient.builder(HttpHost("search.internal", 9200, "https")) // tfl-eval: hardcoded-backing-service
        .setDefaultHeaders(arrayOf(org.apache.http.message.BasicHeader("Authorization", "ApiKey k0wyZWAB6oLOvfEVpZI6XBRe"))) // tfl-eval: hardcoded-credential
        .build()

    private val S3_SECRETS = mapOf( // tfl-eval-not: hardcoded-credential
        "accessKey" to "catalog-reader", // tfl-eval-not: hardcoded-credential
        "secretKey" to "q3bBOxIKXySiJDtchqpkhFgR", // tfl-eval: hardcoded-credential
    )
}
