import type { Examples } from '../../rule';

const APP = 'src/main/kotlin/com/acme/shop/Application.kt';

export const kotlinExamples: Examples = {
  valid: [
    {
      name: 'env reads, elvis to a non-secret, @Value placeholders, templates, names',
      path: APP,
      code: [
        'package com.acme.shop',
        '',
        'const val PASSWORD_FIELD = "password"',
        'val apiKey: String = System.getenv("STRIPE_API_KEY")',
        'val port = System.getenv("PORT") ?: "8080"',
        'val secret = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")',
        '',
        'class Settings(@Value("\\${db.password}") val dbPassword: String) {',
        '  @JsonProperty("password") var password: String? = null',
        '  val greeting = "Enter your password"',
        '  fun url(password: String) = "postgres://shop:$password@db.internal/shop"',
        '  val token = "Bearer ${System.getenv("API_TOKEN")}"',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'placeholders in a test',
      path: 'src/test/kotlin/com/acme/shop/ApplicationTest.kt',
      code: 'class ApplicationTest {\n  val db = PostgreSQLContainer("postgres:16").withPassword("test")\n  val apiKey = "dummy-api-key"\n}\n',
    },
  ],
  invalid: [
    {
      name: 'a const val API key',
      path: APP,
      code: 'const val API_KEY = ⟦"pL3xQ9sV7wR2mK8d"⟧\n',
      messageIncludes: ['Factor III', 'System.getenv("API_KEY")'],
      fix: { kind: 'move-to-env', envName: 'API_KEY', value: 'pL3xQ9sV7wR2mK8d' },
    },
    {
      name: 'a property, a constructor default and a parameter default',
      path: APP,
      code: [
        'class Mailer(val smtpPassword: String = ⟦"Zt4Lm8Qx2Wp"⟧) {',
        '  private val clientSecret = ⟦"Rk2Vn7Sd5Jh0Fq"⟧',
        '  fun connect(apiKey: String = ⟦"Yb6Hc1Mz9Tg3"⟧) = Unit',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'an elvis fallback of a credential env read',
      path: APP,
      code: 'val jwtSecret = System.getenv("JWT_SECRET") ?: ⟦"Qe5Wr8Ty2Ui4"⟧\n',
      messageIncludes: ['as the fallback of System.getenv("JWT_SECRET")'],
      fix: { kind: 'move-to-env', envName: 'JWT_SECRET', existingEnvName: 'JWT_SECRET', span: { start: 16, end: 61 } },
    },
    {
      name: 'assignment in apply { }, a named argument, a setter call',
      path: 'src/main/kotlin/com/acme/shop/Db.kt',
      code: [
        'fun dataSource() = HikariDataSource(HikariConfig().apply {',
        '  username = "shop"',
        '  password = ⟦"Lp0Ok9Ij8Uh"⟧',
        '})',
        'val client = SmtpClient(host = "smtp.internal", password = ⟦"Ws3Ed4Rf5Tg"⟧)',
        'fun configure(ds: BasicDataSource) { ds.setPassword(⟦"Yh6Uj7Ik8Ol"⟧) }',
        '',
      ].join('\n'),
    },
    {
      name: 'a @Value default with Kotlin\'s escaped dollar',
      path: APP,
      code: 'class Settings(@Value("\\${jwt.secret:⟦Mn3Bv5Cx7Zl⟧}") val jwtSecret: String)\n',
      messageIncludes: ['JWT_SECRET'],
    },
    {
      name: 'mapOf with a credential key, and a token in a template string',
      path: APP,
      code: [
        'val props = mapOf("user" to "shop", "password" to ⟦"Qa1Ws2Ed3Rf"⟧)',
        'val auth = "token ⟦ghp_ut12ms9tuwS1jGZIqXuGSmDyS50mdJ5Zkj4a⟧ for $user"',
        '',
      ].join('\n'),
    },
  ],
};
