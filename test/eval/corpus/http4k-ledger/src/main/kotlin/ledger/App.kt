package ledger

import org.http4k.core.Credentials
import org.http4k.core.then
import org.http4k.filter.ClientFilters
import org.http4k.filter.ServerFilters
import org.http4k.client.OkHttp
import org.http4k.server.Undertow
import org.http4k.server.asServer

val adminFilter = ServerFilters.BasicAuth("ledger-admin", Credentials("ops", "RVcAKQZOkn3T27XDC8xS7iB7")) // tfl-eval: hardcoded-credential
val apiFilter = ServerFilters.BearerAuth("UQPAKRSse9KLba1qzgmxMJ4I") // tfl-eval: hardcoded-credential

val fxClient = ClientFilters.BearerAuth(System.getenv("FX_API_TOKEN")).then(OkHttp()) // tfl-eval-not: hardcoded-credential

fun main() {
    adminFilter.then(apiFilter).then(routes()).asServer(Undertow(System.getenv("PORT").toInt())).start()
}
