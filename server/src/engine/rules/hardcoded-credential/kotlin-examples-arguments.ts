// Kotlin arguments and properties that say "credential" without a vendor list: `by lazy { "…" }`,
// a data class's credential parameter given positionally, a char[] password, Android Gradle's
// `buildConfigField` and signing configs. Generated values.
import type { Examples } from '../../rule';

export const kotlinArgumentExamples: Examples = {
  valid: [
    {
      name: "a Gradle Kotlin DSL script's properties given reads, a user name, an empty fallback and a key naming no credential",
      path: 'lib/build.gradle.kts',
      code: 'publishing {\n    repositories {\n        maven {\n            credentials {\n                username.set("tidewater-bot")\n                password.set(providers.environmentVariable("STAGING_PASSWORD"))\n            }\n        }\n    }\n}\nval signingPassword = providers.environmentVariable("SIGNING_PASSWORD").getOrElse("")\nextra["releaseNotesTitle"] = "Tidewater SDK release"\n',
    },
    {
      name: "commands whose words hold no secret: keytool's documented cacerts password, openssl reading the password from the environment, a list never run",
      path: 'src/main/kotlin/net/example/ops/Keys.kt',
      code: 'package net.example.ops\n\nfun keys() {\n    ProcessBuilder(listOf("keytool", "-list", "-cacerts", "-storepass", "changeit")).start()\n    ProcessBuilder("openssl", "pkcs12", "-export", "-passout", "env:P12_PASSWORD", "-out", "c.p12").start()\n    val usage = listOf("mysql", "-u", "restore", "-pPASSWORD")\n    println(usage)\n}\n',
    },
    {
      name: "command-line options with no literal default: clikt's env var, a prompt, an empty default; kotlinx-cli's secret name",
      path: 'src/main/kotlin/io/ledger/cli/Sync.kt',
      code: 'package io.ledger.cli\n\nclass Sync : CliktCommand() {\n    private val token by option("--api-token", envvar = "LEDGER_TOKEN")\n    private val password by option("-p", "--password").prompt("Password", hideInput = true)\n    private val otpSecret by option("--otp-secret").default("")\n}\n\nval secretName by parser.option(ArgType.String, fullName = "secret-name").default("ledger/reconcile/bank-api")\nval region by parser.option(ArgType.String, fullName = "region").default("eu-west-1")\n',
    },
    {
      name: 'the one value of an object named for no credential',
      path: 'src/main/kotlin/com/example/Theme.kt',
      code: 'package com.example\n\nobject Theme {\n    const val VALUE = "dark-high-contrast"\n}\nobject Build {\n    val value: String get() = "PZTOZ1thIk4bdv0FSiotjjisv9OY"\n}\n',
    },
    {
      name: 'lazy values and positional arguments that name no credential, Android key constants, a signing config read from the environment',
      path: 'app/build.gradle.kts',
      code: `android {
    defaultConfig {
        buildConfigField("String", "API_BASE", "\\"https://api.example.com/v2/\\"")
        buildConfigField("String", "MAPS_KEY", "\\"\${System.getenv("MAPS_KEY")}\\"")
    }
    signingConfigs {
        create("ci") {
            storePassword = System.getenv("CI_STORE_PASSWORD")
            keyPassword = project.findProperty("CI_KEY_PASSWORD") as String?
        }
    }
}

data class Endpoint(val host: String, val token: String)

object Keys {
    const val PREF_TOKEN = "pref_auth_token"
    const val EXTRA_API_KEY = "com.example.weather.EXTRA_API_KEY"
    val region by lazy { "eu-west-1" }
    val apiKey by lazy { System.getenv("API_KEY") }
    val endpoint = Endpoint("api.example.com", System.getenv("TOKEN"))
}
`,
    },
    {
      name: "an if expression whose other branch reads the env var, choosing a placeholder, an empty value or a label",
      path: 'src/main/kotlin/com/acme/Feed.kt',
      code: 'package com.acme\n\nclass Feed(sandbox: Boolean) {\n    private val token = if (sandbox) "<sandbox-token>" else System.getenv("FEED_TOKEN")\n    private val webhook = if (sandbox) System.getenv("WEBHOOK_TOKEN") ?: "" else System.getenv("WEBHOOK_TOKEN_PROD")\n    private val label = if (sandbox) "Weather (sandbox)" else "Weather"\n    private val passwordHint = if (sandbox) "See the README" else "Ask the on-call engineer"\n}\n',
    },
    {
      name: "a lone `pass` with no user beside it",
      path: 'src/main/kotlin/com/acme/Boarding.kt',
      code: 'package com.acme\n\nfun label(): String {\n    val gate = "B12"\n    val pass = "Economy Plus"\n    return gate + pass\n}\n',
    },
  ],
  invalid: [
    {
      name: "a Gradle Kotlin DSL script's Property API set from a literal, a provider's fallback, a map entry under a credential's key",
      path: 'lib/build.gradle.kts',
      code: 'publishing {\n    repositories {\n        maven {\n            credentials {\n                username.set("tidewater-bot")\n                password.set(⟦"wqftyxayPDHrsNDV8jod"⟧)\n            }\n        }\n    }\n}\nnexusPublishing {\n    repositories {\n        sonatype { password.set(providers.gradleProperty("sonatypePassword").orElse(⟦"mTGpa8Q2maXcdpheVbRZ"⟧)) }\n    }\n}\nextra["ossrhPassword"] = ⟦"4fq3zoyGxKBMkggbR7dR"⟧\n',
    },
    {
      name: "a command run with a password in its words: ProcessBuilder's arguments, a list kept in a variable it runs, a script handed to sh -c through Runtime.exec",
      path: 'src/main/kotlin/net/example/ops/Keystores.kt',
      code: 'package net.example.ops\n\nfun import() {\n    ProcessBuilder("keytool", "-importcert", "-noprompt", "-file", "p.crt", "-storepass", "⟦PuWnAMhycyi2n5v6⟧").start()\n    val cmd = listOf("openssl", "pkcs12", "-export", "-passout", "pass:⟦Wd8ZQcgXLvv9EEU7⟧", "-out", "c.p12")\n    ProcessBuilder(cmd).start()\n    Runtime.getRuntime().exec(arrayOf("sh", "-c", "lftp -u mirror,⟦Xp3us3b7mcSVCrdj⟧ -e \'mirror -R out; quit\' ftp.example.com"))\n}\n',
    },
    {
      name: "a lone `pass` beside a `login` in the same block",
      path: 'src/main/kotlin/com/acme/Db.kt',
      code: 'package com.acme\n\nfun open() {\n    val login: String = "openemr"\n    val pass = ⟦"Ty6Rq2Wm9Nz4Kx8Lp3Vb"⟧\n    connect(login, pass)\n}\n',
    },
    {
      name: "a when branch beside a read of a credential's env var",
      path: 'src/main/kotlin/com/acme/Keys.kt',
      code: 'package com.acme\n\nfun key(env: String): String = when (env) {\n    "prod" -> ⟦"Zb3397f3c6c3809d44db07a7434a5912831f4"⟧\n    else -> System.getenv("ENCRYPTION_KEY")\n}\n',
    },
    {
      name: "an if expression's branch beside a read of a credential's env var, plain or braced",
      path: 'src/main/kotlin/com/acme/Weather.kt',
      code: 'package com.acme\n\nclass Weather(sandbox: Boolean) {\n    private val apiKey = if (sandbox) ⟦"Tq8LmVx3Rk2NwP7zHc5YbJ4e"⟧ else System.getenv("WEATHER_API_KEY")\n    private val secret = if (!sandbox) {\n        System.getenv("FEED_SECRET")\n    } else {\n        ⟦"Wd5KpRz8Nq3XmT7vLc2HbG9s"⟧\n    }\n}\n',
    },
    {
      name: "a command-line option's literal default, named by the option: clikt's flags, kotlinx-cli's fullName",
      path: 'src/main/kotlin/io/ledger/cli/Sync.kt',
      code: 'package io.ledger.cli\n\nclass Sync : CliktCommand() {\n    private val apiToken by option("-t", "--api-token", envvar = "LEDGER_TOKEN").default(⟦"R0PzTzXB5miMkquNUUjfSEAE"⟧)\n}\n\nval bankKey by parser.option(ArgType.String, fullName = "bank-api-key", description = "Key of the bank API").default(⟦"bvOIKLKiF7xaOFO6NaP5UorL"⟧)\n',
      messageIncludes: ['property'],
    },
    {
      name: "a MicroProfile REST client's header given as an array (`value = [\"Bearer …\"]`), and Confluent's dotted `basic.auth.user.info` in a map",
      path: 'src/main/kotlin/org/fleet/gateway/TelematicsClient.kt',
      code: 'package org.fleet.gateway\n\n@RegisterRestClient(configKey = "telematics")\n@ClientHeaderParam(name = "Authorization", value = ["⟦Bearer SMEmpHs9y8UAQG-rXnr2BWBGCHAwPkExDuDSy0YI⟧"])\n@ClientHeaderParam(name = "X-Maps-Key", value = ["\\${maps.api-key}"])\ninterface TelematicsClient\n\nval registry = mapOf("basic.auth.credentials.source" to "USER_INFO", "basic.auth.user.info" to ⟦"lXVvHGdyM1gi0YFM:6dBWhoxuuLoaQsXb3Upl7Bg3o2DVOkz3KuzeAyhTHePRroVi"⟧)\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: 'the one value of an object named for a credential, also through a getter',
      path: 'src/main/kotlin/com/example/Crypto.kt',
      code: 'package com.example\n\nobject Pepper {\n    val value: String get() = ⟦"9cABD4jx9ksjGrWyKfQCzZz8iQAs"⟧\n}\n',
      messageIncludes: ['Pepper.value'],
    },
    {
      name: 'an Authorization header built with its class written with its package',
      path: 'src/main/kotlin/com/example/Search.kt',
      code: 'package com.example\n\nval headers = arrayOf(org.apache.http.message.BasicHeader("Authorization", ⟦"ApiKey JyobGKo9eDzfjjQE8bhhgLDS"⟧))\n',
      messageIncludes: ['Authorization'],
    },
    {
      name: "the password after a host, a port and a user, passed to the app's own mailer",
      path: 'src/main/kotlin/com/example/Alerts.kt',
      code: 'package com.example\n\nval mailer = Mailer("smtp.example.com", 587, "alerts@example.com", ⟦"4H80IWI7qGdwO1cEzTTn"⟧)\n',
      messageIncludes: ['hardcoded password', 'Mailer'],
    },
    {
      name: "a superclass constructor's credential parameter, given in an object's header",
      path: 'src/main/kotlin/com/acme/game/Environment.kt',
      code: `package com.acme.game

sealed class Environment(val name: String, val cookieKey: String) {
    object Production : Environment("production", ⟦"be320da98249beeb76873b31d3f4f2e4610ede794b2f34704b71903a86b9030a"⟧)
    object Local : Environment("local", System.getenv("COOKIE_KEY") ?: "")
}
`,
    },
    {
      name: "Ktor client auth: BearerTokens and BasicAuthCredentials; Exposed's positional connect",
      path: 'src/main/kotlin/com/acme/game/Clients.kt',
      code: `package com.acme.game

val tokens = BearerTokens(⟦"R3CW8kruxo6SR94oycNjmq6W4VSzrJQ1blsN2YfG"⟧, ⟦"arCrParxEjF9NxtyrpaZKF3koGC506GWu3IUzN6I"⟧)
val basic = BasicAuthCredentials("arcadia", ⟦"Redd!6553zfhg4"⟧)
val db = Database.connect("jdbc:mysql://scores-db:3306/scores", "com.mysql.cj.jdbc.Driver", "scores", ⟦"Kecr_995lqjinqn"⟧)
`,
    },
    {
      name: 'a signing key behind by lazy',
      path: 'src/main/kotlin/com/acme/fit/TokenIssuer.kt',
      code: `package com.acme.fit

object TokenIssuer {
    private val adminSigningKey by lazy { ⟦"3kkDQwTRgbJnBGkAeb4HKsJ4QJ0647l6ZIzD"⟧ }
}
`,
      messageIncludes: ['adminSigningKey', 'System.getenv("ADMIN_SIGNING_KEY")'],
    },
    {
      name: "a data class's password parameter given positionally",
      path: 'src/main/kotlin/com/acme/fit/Db.kt',
      code: `package com.acme.fit

data class DbSettings(val url: String, val user: String, val password: String)

val analytics = DbSettings("jdbc:postgresql://analytics-db/events", "analytics", ⟦"Bavw*289x415mw"⟧)
`,
    },
    {
      name: "a type named for the key it carries: Azure's AzureNamedKeyCredential takes (name, key)",
      path: 'src/main/kotlin/com/acme/sync/Tables.kt',
      code: `package com.acme.sync

val tables = AzureNamedKeyCredential("acmesync", ⟦"Zm9yIHRlc3RzIG9ubHk7IG5vdCBhIHJlYWwga2V5IGF0IGFsbCEhIHJhbmRvbVh5Wg=="⟧)
`,
      messageIncludes: ['AzureNamedKeyCredential'],
    },
    {
      name: 'a keystore password made into a char[]',
      path: 'src/main/kotlin/com/acme/fit/Tls.kt',
      code: `package com.acme.fit

fun keyStore(input: java.io.InputStream): java.security.KeyStore =
    java.security.KeyStore.getInstance("PKCS12").apply { load(input, ⟦"Gelr_046zxpw"⟧.toCharArray()) }
`,
      messageIncludes: ['System.getenv("KEYSTORE_PASSWORD")'],
    },
    {
      name: "Android Gradle: a BuildConfig field named for a key, and a release signing config's passwords",
      path: 'app/build.gradle.kts',
      code: `android {
    defaultConfig {
        buildConfigField("String", "OPEN_WEATHER_KEY", ⟦"\\"070838715470a7f6436797762b9abb8f\\""⟧)
    }
    signingConfigs {
        create("release") {
            storePassword = ⟦"Bifp!483auckqe"⟧
            keyAlias = "release"
            keyPassword = ⟦"Davr#9176xv3bu"⟧
        }
    }
}
`,
    },
  ],
};
