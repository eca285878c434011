// Kotlin shapes: Ktor session transformers with keys through hex(...), a digit-free passphrase in a
// signer, a password compared with a state word. Generated values.
import type { Examples } from '../../rule';

export const kotlinShapeExamples: Examples = {
  valid: [
    {
      name: 'multi-line raw strings without a literal secret: a template reading the environment, a schema',
      path: 'src/main/kotlin/io/acme/CarrierLogin.kt',
      code: `package io.acme

class CarrierLogin {
    private val sandboxBody = """
        {"username": "sandbox", "password": "\${System.getenv("CARRIER_PASSWORD")}"}
    """.trimIndent()

    private val schema = """
        {"username": "string", "password": "string"}
    """.trimIndent()
}
`,
    },
    {
      name: "a when's branches that hold no credential: a chosen local key, a label's text",
      path: 'src/main/kotlin/io/acme/Partner.kt',
      code: `package io.acme

object Partner {
    fun partnerKey(env: String): String = when (env) {
        "local" -> "local-dev-key"
        else -> System.getenv("PARTNER_KEY") ?: ""
    }
    fun label(env: String) = when (env) {
        "prod" -> "Xq8vTz2LkR7xWp4NbH9cYs3Fd6Gj"
        else -> "unknown"
    }
}
`,
    },
    {
      name: 'session keys from the environment, a state comparison',
      path: 'src/main/kotlin/com/acme/shop/Sessions.kt',
      code: `package com.acme.shop

fun Application.sessions() {
    val signKey = hex(System.getenv("SESSION_SIGN_KEY"))
    install(Sessions) {
        cookie<UserSession>("user_session") { transform(SessionTransportTransformerMessageAuthentication(signKey)) }
    }
    if (user.password == "reset") forceReset(user)
}
`,
    },
    {
      name: 'an algorithm constant beside a key, a key from the environment, a server key that is no random value',
      path: 'src/main/kotlin/com/acme/push/Signer.kt',
      code: `package com.acme.push

private const val ALGORITHM = "HmacSHA256"
private val SIGNING_SEED: String = System.getenv("PUSH_SIGNING_SEED") ?: error("PUSH_SIGNING_SEED is not set")

class Signer {
    companion object {
        const val SERVER_KEY_HEADER = "X-Server-Key"
        private const val serverKey = "fcm-server-key"
    }

    fun mac(): Mac = Mac.getInstance(ALGORITHM).apply { init(SecretKeySpec(SIGNING_SEED.toByteArray(), ALGORITHM)) }

    fun isAdmin(credentials: UserPasswordCredential) = credentials.name == "admin" && credentials.password != ""
}
`,
    },
    {
      name: 'a hashed in-memory password, a properties class without defaults, a role compared with a role',
      path: 'src/main/kotlin/com/acme/wallet/Security.kt',
      code: `package com.acme.wallet

const val OPS_ROLE = "OPS"

data class JwtProperties(val issuer: String = "wallet", val secret: String)

fun actuator() = User.withUsername("actuator").password("{bcrypt}\\$2a\\$10\\$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG").roles(OPS_ROLE).build()

fun isOps(user: AppUser) = OPS_ROLE == user.role
`,
    },
    {
      name: 'config defaults that are no credential, an env read of a non-credential variable',
      path: 'src/main/kotlin/com/acme/catalog/Auth.kt',
      code: `package com.acme.catalog

fun Application.auth() {
    val realm = environment.config.propertyOrNull("jwt.realm")?.getString() ?: "catalog app"
    val secret = environment.config.propertyOrNull("jwt.secret")?.getString() ?: ""
}
`,
    },
    {
      name: 'an object named for keys whose members are parameter names and user names',
      path: 'shared/src/commonMain/kotlin/app/trailcast/data/ApiKeys.kt',
      code: `package app.trailcast.data

internal object ApiKeys {
    const val OPEN_WEATHER_KEY_PARAM = "appid"
    const val FEED_USER = "trailcast"
}
`,
    },
    {
      name: 'a client given a URL, a user and a password read from the environment',
      path: 'src/main/kotlin/com/acme/hr/Directory.kt',
      code: `package com.acme.hr

val workday = WorkdayClient("https://wd5.example.com/ccx/service/acme", "ISU_Directory", System.getenv("WORKDAY_PASSWORD"))
`,
    },
    {
      name: "Micronaut @Property in Kotlin: a base URL's default, a key read from config only",
      path: 'src/main/kotlin/courier/PartnerClient.kt',
      code: `package courier

class PartnerClient(
    @Property(name = "partner.base-url", defaultValue = "https://api.example.com/v2") private val baseUrl: String,
    @Property(name = "partner.api-key") private val apiKey: String,
)
`,
    },
    {
      name: "a URL built by concatenation whose password piece is a template of the environment's",
      path: 'src/main/kotlin/com/acme/fuel/Ledger.kt',
      code: `package com.acme.fuel

fun ledger(host: String) =
    DriverManager.getConnection("jdbc:postgresql://" + host + "/fuel?user=fuel_ro&password=\${System.getenv("FUEL_DB_PASSWORD")}")
`,
    },
  ],
  invalid: [
    {
      name: "Micronaut @Property(name = …, defaultValue = …) on a constructor parameter: the default of a secret key",
      path: 'src/main/kotlin/courier/PartnerClient.kt',
      code: `package courier

class PartnerClient(
    @Property(name = "partner.secret", defaultValue = "⟦ph_sec_8Wq3Lz6Tx2Vn9Kc4Rb7m⟧") private val secret: String,
)
`,
    },
    {
      name: "a multi-line raw string's JSON body: its password field",
      path: 'src/main/kotlin/io/acme/CarrierLogin.kt',
      code: `package io.acme

class CarrierLogin {
    private val loginBody = """
        {
          "username": "parcelbridge",
          "password": "⟦Gsv7w1NqX3Yp1spexd⟧"
        }
    """.trimIndent()
}
`,
    },
    {
      name: "a when's branch returned by a function named for a key or a token (expression body, braced branch)",
      path: 'src/main/kotlin/io/acme/Partner.kt',
      code: `package io.acme

object Partner {
    fun partnerKey(env: String): String = when (env) {
        "prod" -> ⟦"Xq8vTz2LkR7xWp4NbH9cYs3Fd6Gj"⟧
        else -> System.getenv("PARTNER_KEY") ?: ""
    }
    fun apiToken(env: String): String {
        return when (env) {
            "prod" -> { ⟦"Bq8vTz2LkR7xWp4NbH9cYs3Fd6Gj"⟧ }
            else -> ""
        }
    }
}
`,
    },
    {
      name: "Ktor's session signing and encryption keys through hex(...)",
      path: 'src/main/kotlin/com/acme/shop/Sessions.kt',
      code: `package com.acme.shop

fun Application.sessions() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            transform(SessionTransportTransformerEncrypt(hex(⟦"376bf6abae2e24e8301602c2d0a6a12c"⟧), hex(⟦"dc6f72b966e3f1e3d1ac28c990213e13"⟧)))
        }
    }
}
`,
      messageIncludes: ['session', 'passed to SessionTransportTransformerEncrypt'],
    },
    {
      name: "jjwt's signWith on a builder",
      path: 'src/main/kotlin/com/acme/shop/Tokens.kt',
      code: `package com.acme.shop

fun issue(subject: String): String =
    Jwts.builder().setSubject(subject).signWith(SignatureAlgorithm.HS256, ⟦"XESPZUXNJdBH8G"⟧).compact()
`,
      messageIncludes: ['JWT signing key'],
    },
    {
      name: 'a const val handed to SecretKeySpec, a companion server key, a literal compared with a getter',
      path: 'src/main/kotlin/com/acme/push/Signer.kt',
      code: `package com.acme.push

private const val SIGNING_SEED = ⟦"HOxTtB6GKy92iy"⟧

class Signer {
    companion object {
        private const val FCM_SERVER_KEY = ⟦"FzS41IfM1l20mlEWsNTD19bY"⟧
    }

    fun mac(): Mac = Mac.getInstance("HmacSHA256").apply { init(SecretKeySpec(SIGNING_SEED.toByteArray(), "HmacSHA256")) }

    fun isOps(request: AuthRequest) = ⟦"ox1ye5SneX8KMQ"⟧.equals(request.getSecret())
}
`,
      messageIncludes: ['System.getenv('],
    },
    {
      name: 'a data-class default with a dot in it, a plain-text in-memory password, a constant compared with a password',
      path: 'src/main/kotlin/com/acme/wallet/Security.kt',
      code: `package com.acme.wallet

private const val OPS_PASS_VALUE = ⟦"UdVQSjIcbwNssU"⟧

data class JwtProperties(val issuer: String = "wallet", val secret: String = ⟦"QSuyk2.s7HoA"⟧)

fun ops() = User.withUsername("ops").password(⟦"{noop}J5Z46kpUmQyJQo"⟧).roles("OPS").build()

fun isOps(credentials: UserPasswordCredential) = credentials.password == OPS_PASS_VALUE
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: "the default of a Ktor config key that names a credential, and a name's literal behind a non-env elvis",
      path: 'src/main/kotlin/com/acme/catalog/Auth.kt',
      code: `package com.acme.catalog

fun Application.auth() {
    val secret = environment.config.propertyOrNull("jwt.secret")?.getString() ?: ⟦"s1CYLpkKpfRLGtQQ4411Eq"⟧
    val dbPassword = settings.lookup(42) ?: ⟦"2JtpxVRMkDa4D0"⟧
}
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: "R2DBC's option(PASSWORD, …) and Commons Email's DefaultAuthenticator in Kotlin",
      path: 'src/main/kotlin/com/acme/forum/Wiring.kt',
      code: `package com.acme.forum

val options = ConnectionFactoryOptions.builder().option(USER, "forum").option(PASSWORD, ⟦"0oceqvXSiNAl"⟧).build()

fun mail(email: SimpleEmail) = email.setAuthenticator(DefaultAuthenticator("forum", ⟦"fF0LltcG0Fu2"⟧))
`,
      messageIncludes: ['System.getenv('],
    },
    {
      name: 'the members of an object named for keys: a generated value named for its vendor',
      path: 'shared/src/commonMain/kotlin/app/trailcast/data/ApiKeys.kt',
      code: `package app.trailcast.data

internal object ApiKeys {
    const val OPEN_WEATHER = ⟦"e76eeceb44384ecee5357fd0a4239e8e"⟧
}
`,
      messageIncludes: ['ApiKeys.OPEN_WEATHER'],
    },
    {
      name: 'a password after a URL and a user, given to a client (Kotlin)',
      path: 'src/main/kotlin/com/acme/hr/Directory.kt',
      code: `package com.acme.hr

val workday = WorkdayClient("https://wd5.example.com/ccx/service/acme", "ISU_Directory", ⟦"nM40jGjXKi#CCo"⟧)
`,
      messageIncludes: ['WorkdayClient'],
    },
    {
      name: 'a URL built by concatenation: the password in the piece after the host',
      path: 'src/main/kotlin/com/acme/fuel/Ledger.kt',
      code: `package com.acme.fuel

fun ledger(host: String) =
    DriverManager.getConnection("jdbc:postgresql://" + host + "/fuel?user=fuel_ro&password=⟦N9kyeUOVzfBP⟧")
`,
      messageIncludes: ['"password" parameter of a URL'],
    },
  ],
};
