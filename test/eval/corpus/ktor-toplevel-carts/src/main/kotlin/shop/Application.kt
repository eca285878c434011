package shop

import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.routing.routing
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import java.util.Properties
import org.apache.kafka.clients.producer.KafkaProducer

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    install(Sessions) { cookie<ShopSession>("shop_session") } // tfl-eval-not: memory-session-store
    val props = Properties().apply {
        put("bootstrap.servers", "kafka-1.shop.internal:9092,kafka-2.shop.internal:9092") // tfl-eval: hardcoded-backing-service
        put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer")
        put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer")
    }
    val producer = KafkaProducer<String, String>(props)
    environment.monitor.subscribe(io.ktor.server.application.ApplicationStopped) { producer.close() }
    routing { cartRoutes() }
}
