package io.ledgerly.cli

import kotlinx.cli.ArgParser
import kotlinx.cli.ArgType
import kotlinx.cli.default
import kotlinx.cli.required

// Standalone reconciliation job; the ops team runs it from cron on the bastion.
object Reconcile {
    @JvmStatic
    fun main(args: Array<String>) {
        val parser = ArgParser("reconcile")
        val bankApiKey by parser.option(ArgType.String, fullName = "bank-api-key", description = "Key of the bank's statement API")
            .default("bvOIKLKiF7xaOFO6NaP5UorL") // tfl-eval: hardcoded-credential
        val webhookSecret by parser.option(ArgType.String, fullName = "webhook-secret", shortName = "w", description = "Webhook signing secret").default("i3btXzHN7gu7T7dkA0xZpbkC") // tfl-eval: hardcoded-credential
        val region by parser.option(ArgType.String, fullName = "region").default("eu-west-1")
        val passwordHint by parser.option(ArgType.String, fullName = "password-hint").default("ask the on-call engineer") // tfl-eval-not: hardcoded-credential
        val secretName by parser.option(ArgType.String, fullName = "secret-name", description = "Name of the secret in AWS Secrets Manager").default("ledgerly/reconcile/bank-api") // tfl-eval-not: hardcoded-credential
        val account by parser.option(ArgType.String, fullName = "account").required()
        parser.parse(args)

        val key = System.getenv("BANK_API_KEY") ?: bankApiKey
        StatementReconciler(region, account, key, webhookSecret).run()
    }
}
