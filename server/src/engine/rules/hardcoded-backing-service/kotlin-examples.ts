import type { Examples } from '../../rule';

export const kotlinExamples: Examples = {
  valid: [
    {
      name: "a host word in a settings class's parameter default, a property key, and a constant in a type that names no service stay silent",
      path: 'src/main/kotlin/io/crm/config/MailSettings.kt',
      code: `package io.crm.config\n\ndata class SmtpSettings(\n    val host: String = "smtp.eu.mailgun.org",\n)\n\nobject Search {\n    private val producerConfig = mapOf("bootstrap.servers" to "pkc-4nym6.eu-west-1.aws.confluent.cloud:9092")\n}\n\nobject AppConstants {\n    const val HOST_NAME = "shop.example-store.net"\n}\n\nobject SmtpServer {\n    const val HOST_HEADER = "X-Smtp-Host"\n}\n`,
    },
    { name: "a URL returned by a stringification method is how the object prints, not an address it connects to", path: "src/main/kotlin/io/mailkit/LocalCache.kt", code: "package io.mailkit\n\nclass LocalCache {\n    override fun toString() = \"memcached://local-heap\"\n}\n\nclass NullQueue {\n    override fun toString(): String {\n        return \"amqp://null-queue\"\n    }\n}\n" },
    { name: "a URL under a key that a form or a schema shows (a placeholder, a hint, an example) is a hint to the reader, not an address", path: "src/main/kotlin/io/mailkit/Fields.kt", code: "package io.mailkit\n\nval brokerField = TextField(name = \"brokerUrl\", placeholder = \"amqp://broker.internal:5672/\")\n" },
    {
      name: 'a default of a variable whose name says no service (HOST, API_HOST), an empty default, and a name that is not a host',
      path: 'src/main/kotlin/com/example/orders/Settings.kt',
      code: `package com.example.orders\n\nval host = System.getenv("HOST") ?: "0.0.0.0"\nval apiHost = System.getenv("API_HOST") ?: "partner.example-api.net"\n`,
    },
    {
      name: "Vert.x's Postgres options from the environment",
      path: 'src/main/kotlin/org/example/permits/Db.kt',
      code: `import io.vertx.pgclient.PgConnectOptions\n\nval connect = PgConnectOptions().setHost(System.getenv("PG_HOST")).setPort(5432)\n`,
    },
    { name: 'the URL from the environment', path: 'src/main/kotlin/shop/Db.kt', code: `val dataSource = HikariDataSource().apply { jdbcUrl = System.getenv("JDBC_DATABASE_URL") }\n` },
    { name: 'a test container', path: 'src/test/kotlin/shop/CacheTest.kt', code: `val redis = RedisClient.create("redis://localhost:6379")\n` },
    {
      name: 'a host property with no backing-service client imported',
      path: 'src/main/kotlin/shop/Web.kt',
      code: `val client = HttpClient(CIO) { defaultRequest { host = "api.github.com" } }\n`,
    },
    {
      name: "Lettuce's builder given the host from the environment; a withHost of no Redis client",
      path: 'src/main/kotlin/shop/Cache.kt',
      code: `import io.lettuce.core.RedisURI\n\nval uri = RedisURI.builder().withHost(System.getenv("REDIS_HOST")).build()\n`,
    },
    {
      name: "a Gradle build's jOOQ code generation reads a local database at build time, not the app",
      path: 'ledger-api/build.gradle.kts',
      code: `jooq {\n    configurations {\n        create("main") {\n            jooqConfiguration.apply {\n                jdbc.apply { url = "jdbc:postgresql://localhost:5432/ledger_codegen" }\n            }\n        }\n    }\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'round 29: `if (System.getenv("X").isNullOrBlank())`: the variable is unset there, so a local address is its fallback, information; a remote one in the else of `!= null` a warning',
      path: 'src/main/kotlin/com/example/Clients.kt',
      code: 'object Clients {\n    val mongo = if (System.getenv("MONGO_URL").isNullOrBlank()) MongoClients.create(⟦"mongodb://localhost:27017"⟧) else MongoClients.create(System.getenv("MONGO_URL"))\n}\n',
      severity: 'info',
    },
    {
      name: 'round 29: a remote address in the else of `!= null` stays a warning',
      path: 'src/main/kotlin/com/example/Cache.kt',
      code: 'object Cache {\n    val redis = if (System.getenv("REDIS_URL") != null) JedisPooled(System.getenv("REDIS_URL")) else JedisPooled(⟦"redis://alerts-cache.prod.internal:6379"⟧)\n}\n',
    },
    {
      name: "a host constant in an object named for its service (Kotlin's `object SmtpServer`): the type says the service",
      path: 'src/main/kotlin/com/shop/utils/AppConstants.kt',
      code: `package com.shop.utils\n\nobject AppConstants {\n    object SmtpServer {\n        const val HOST_NAME = ⟦"smtp.mail.shop-mailer.net"⟧\n        const val PORT = 465\n        const val DEFAULT_AUTH_EMAIL = "noreply@shop-mailer.net"\n    }\n}\n`,
      severity: 'warning',
    },
    {
      name: "a provider's relay as a data class's default, named for the service",
      path: 'src/main/kotlin/com/acme/mail/MailConfig.kt',
      code: 'package com.acme.mail\n\ndata class MailConfig(\n    val smtpHost: String = ⟦"smtp.sendgrid.net"⟧,\n    val port: Int = 587,\n)\n',
    },
    {
      name: "a host held in a class's val, then handed to the client: the literal is the address",
      path: 'src/main/kotlin/com/rental/Cache.kt',
      code: 'package com.rental\n\nimport redis.clients.jedis.JedisPool\n\nclass AvailabilityCache {\n    private val host = ⟦"cache.rental.internal"⟧\n    private val pool = JedisPool(host, 6379)\n}\n',
    },
    { name: "the same URL returned by any other method is the address", path: "src/main/kotlin/io/mailkit/LocalCache.kt", code: "package io.mailkit\n\nclass LocalCache {\n    fun sharedUrl() = ⟦\"memcached://cache.prod.internal:11211\"⟧\n}\n" },
    {
      name: "a remote host as the default of a variable named for a service's host (DB_HOST, SMTP_SERVER): no client in sight, the name says it",
      path: 'src/main/kotlin/com/example/orders/Settings.kt',
      code: `package com.example.orders\n\nobject Settings {\n    val dbHost = System.getenv("DB_HOST") ?: ⟦"orders-db.prod.internal"⟧\n}\n`,
    },
    {
      name: "a compose service's name or this machine as the default of such a variable: information",
      path: 'src/main/kotlin/com/example/orders/Settings.kt',
      code: `package com.example.orders\n\nval redisHost = System.getenv("REDIS_HOST") ?: ⟦"localhost"⟧\n`,
      severity: 'info',
    },
    {
      name: "Vert.x's reactive Postgres client given its host by setHost",
      path: 'src/main/kotlin/org/example/permits/PermitsVerticle.kt',
      code: `import io.vertx.pgclient.PgConnectOptions\n\nval connect = PgConnectOptions()\n    .setHost(⟦"pg-permits.city.internal"⟧)\n    .setPort(5432)\n`,
      messageIncludes: ['PostgreSQL'],
    },
    {
      name: "Spring Data Redis' RedisStandaloneConfiguration built with a host (no word 'host' in the file)",
      path: 'src/main/kotlin/io/crm/config/RedisConfig.kt',
      code: `package io.crm.config\n\nimport org.springframework.data.redis.connection.RedisStandaloneConfiguration\n\nfun redisConfig() = RedisStandaloneConfiguration(⟦"redis.crm.internal"⟧, 6379)\n`,
      messageIncludes: ['Redis'],
    },
    {
      name: "Lettuce's RedisURI builder given a host",
      path: 'src/main/kotlin/dev/modbot/Main.kt',
      code: `import io.lettuce.core.RedisClient\nimport io.lettuce.core.RedisURI\n\nval redis = RedisClient.create(RedisURI.builder().withHost(⟦"redis.modbot.internal"⟧).withPort(6379).build())\n`,
      messageIncludes: ['Redis'],
    },
    {
      name: 'Jedis constructor',
      path: 'src/main/kotlin/shop/Cache.kt',
      code: `import redis.clients.jedis.Jedis\n\nval jedis = Jedis(⟦"10.0.3.7"⟧, 6379)\n`,
      fix: { kind: 'move-to-env', envName: 'REDIS_HOST', value: '10.0.3.7' },
    },
    {
      name: 'RabbitMQ host in apply',
      path: 'src/main/kotlin/shop/Queue.kt',
      code: `import com.rabbitmq.client.ConnectionFactory\n\nval factory = ConnectionFactory().apply { host = ⟦"rabbit.internal"⟧ }\n`,
      messageIncludes: ['RabbitMQ host'],
    },
    {
      name: 'a const val URL',
      path: 'src/main/kotlin/shop/Db.kt',
      code: `const val DB_URL = ⟦"jdbc:mysql://mysql.internal:3306/shop"⟧\n`,
      fix: { envName: 'JDBC_DATABASE_URL' },
    },
    {
      name: 'a host default after ?: is information',
      path: 'src/main/kotlin/shop/Queue.kt',
      code: `import com.rabbitmq.client.ConnectionFactory\n\nval factory = ConnectionFactory().apply { host = System.getenv("AMQP_HOST") ?: ⟦"localhost"⟧ }\n`,
      severity: 'info',
      messageIncludes: ['fallback of AMQP_HOST'],
    },
    {
      name: 'a localhost after ?: is information',
      path: 'src/main/kotlin/shop/Cache.kt',
      code: `val redisUrl = System.getenv("REDIS_URL") ?: ⟦"redis://localhost:6379"⟧\n`,
      severity: 'info',
    },
  ],
};
