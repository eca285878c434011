package shop

object Links {
    private val site = "shop.acme-retail.net" // tfl-eval-not: hardcoded-backing-service
    private val scheme = "https"
    private val replicaHost = System.getenv("REPLICA_HOST") ?: "replica"

    fun orderPage(id: Long) = "https://$site/orders/$id"
    fun apiBase() = "$scheme://$site/api"
    val replicaUrl = "jdbc:postgresql://$replicaHost:5432/shop" // tfl-eval-not: hardcoded-backing-service
}
