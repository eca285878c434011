import type { Examples } from '../../rule';

export const kotlinExamples: Examples = {
  valid: [
    {
      name: "a property's default that the configuration replaces before the server starts",
      path: 'src/main/kotlin/shop/Metrics.kt',
      code: `import io.ktor.server.engine.*\n\nclass Metrics {\n    var port = 7000\n\n    fun configure(settings: Map<String, String>) {\n        port = settings.getValue("metricsPort").toInt()\n    }\n\n    fun start() = embeddedServer(Netty, port = port) { }.start()\n}\n`,
    },
    {
      name: 'Ktor reads PORT',
      path: 'src/main/kotlin/shop/Application.kt',
      code: `import io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n\nfun main() {\n    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080) { module() }.start(wait = true)\n}\n`,
    },
    { name: 'Ktor from application.conf', path: 'src/main/kotlin/shop/Application.kt', code: `fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)\n` },
    { name: 'a test application', path: 'src/test/kotlin/shop/ApplicationTest.kt', code: `import io.ktor.server.engine.*\n\nval server = embeddedServer(Netty, port = 8081) { }\n` },
  ],
  invalid: [
    {
      name: 'Ktor embeddedServer',
      path: 'src/main/kotlin/shop/Application.kt',
      code: `import io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n\nfun main() {\n    embeddedServer(Netty, port = ⟦8080⟧, host = "0.0.0.0") { module() }.start(wait = true)\n}\n`,
      output: `import io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n\nfun main() {\n    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080, host = "0.0.0.0") { module() }.start(wait = true)\n}\n`,
    },
    {
      name: 'Ktor positional port',
      path: 'src/main/kotlin/shop/Application.kt',
      code: `import io.ktor.server.engine.embeddedServer\n\nfun main() {\n    embeddedServer(Netty, ⟦8080⟧) { module() }.start(wait = true)\n}\n`,
      output: `import io.ktor.server.engine.embeddedServer\n\nfun main() {\n    embeddedServer(Netty, (System.getenv("PORT")?.toInt() ?: 8080)) { module() }.start(wait = true)\n}\n`,
    },
    { name: 'a const val port has no fix', path: 'src/main/kotlin/shop/Application.kt', code: `import io.ktor.server.engine.*\n\nconst val PORT = 8080\n\nfun main() {\n    embeddedServer(Netty, port = ⟦PORT⟧) { }.start(wait = true)\n}\n` },
    { name: 'http4k', path: 'src/main/kotlin/shop/Main.kt', code: `import org.http4k.server.Jetty\nimport org.http4k.server.asServer\n\nfun main() {\n    app.asServer(Jetty(⟦9000⟧)).start()\n}\n` },
  ],
};
