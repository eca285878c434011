package shop

import java.sql.Connection
import java.sql.DriverManager

object Database {
    private val primary = "10.12.0.21" // tfl-eval: hardcoded-backing-service
    private val cacheNode = "10.12.0.40" // tfl-eval: hardcoded-backing-service
    private val user = System.getenv("DB_USER") ?: "shop"
    private val dbName = "shop"

    private val url = "jdbc:postgresql://$primary:5432/$dbName"
    val cacheUrl = "redis://%s:6379/0".format(cacheNode)

    fun connect(): Connection = DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"))
}
