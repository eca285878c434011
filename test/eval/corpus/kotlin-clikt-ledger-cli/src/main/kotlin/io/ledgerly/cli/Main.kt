package io.ledgerly.cli

import com.github.ajalt.clikt.core.CliktCommand
import com.github.ajalt.clikt.core.main
import com.github.ajalt.clikt.core.subcommands
import com.github.ajalt.clikt.parameters.options.default
import com.github.ajalt.clikt.parameters.options.option
import com.github.ajalt.clikt.parameters.options.prompt
import com.github.ajalt.clikt.parameters.options.required
import com.github.ajalt.clikt.parameters.types.int

class Ledger : CliktCommand(name = "ledger") {
    override fun run() = Unit
}

class Sync : CliktCommand(name = "sync") {
    private val apiUrl by option("--api-url", envvar = "LEDGERLY_API_URL").default("https://api.ledgerly.io/v2")
    private val apiToken by option("--api-token", envvar = "LEDGERLY_API_TOKEN").default("R0PzTzXB5miMkquNUUjfSEAE") // tfl-eval: hardcoded-credential
    private val tokenFile by option("--token-file", help = "Read the API token from this file instead") // tfl-eval-not: hardcoded-credential
    private val pageSize by option("--page-size").int().default(200)

    override fun run() {
        val token = tokenFile?.let { java.io.File(it).readText().trim() } ?: apiToken
        LedgerClient(apiUrl, token).syncAll(pageSize)
    }
}

class Export : CliktCommand(name = "export") {
    private val dbUser by option("--db-user", envvar = "PGUSER").default("ledger")
    private val dbPassword by option("--db-password", envvar = "PGPASSWORD").default("6l9h9GjQLwHrf3x1YgYGQEEF") // tfl-eval: hardcoded-credential
    private val dbHost by option("--db-host", envvar = "PGHOST").required()

    override fun run() {
        Exporter(dbHost, dbUser, dbPassword).dumpCsv(System.out)
    }
}

class Login : CliktCommand(name = "login") {
    private val username by option("-u", "--username").prompt("Username")
    private val password by option("-p", "--password").prompt("Password", hideInput = true) // tfl-eval-not: hardcoded-credential
    private val otpSecret by option("--otp-secret", envvar = "LEDGERLY_OTP_SECRET").default("") // tfl-eval-not: hardcoded-credential

    override fun run() {
        echo("Signing in as $username")
        Session.open(username, password, otpSecret.ifBlank { null })
    }
}

fun main(args: Array<String>) = Ledger().subcommands(Sync(), Export(), Login()).main(args)
