package ingest

import org.apache.kafka.clients.consumer.ConsumerConfig
import org.apache.kafka.clients.consumer.KafkaConsumer
import org.apache.kafka.common.serialization.StringDeserializer
import java.time.Duration

object Settings {
    const val BOOTSTRAP = "pkc-4r297.europe-west1.gcp.confluent.cloud:9092"
    const val CLUSTER_API_KEY = "OZ4LQ7XKJ3M2TRWB" // tfl-eval: hardcoded-credential
    const val CLUSTER_API_SECRET = "jF8+Xk78HfZqD2cambQrkluqv1TumopTFLqQwG3GMM8L37wH66WL9mvFcuMytHI8" // tfl-eval: hardcoded-credential
    const val SCHEMA_REGISTRY_AUTH = "SR7QK2M4XJ9LTBWD:RpAVmqiISErHL5c2eAcVjVLg1CTHPiGE" // tfl-eval: hardcoded-credential
}

fun consumer(): KafkaConsumer<String, String> {
    val props = mapOf(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG to Settings.BOOTSTRAP,
        ConsumerConfig.GROUP_ID_CONFIG to "ingest",
        "security.protocol" to "SASL_SSL",
        "sasl.mechanism" to "PLAIN",
        "sasl.jaas.config" to "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"${Settings.CLUSTER_API_KEY}\" password=\"${Settings.CLUSTER_API_SECRET}\";",
        "basic.auth.credentials.source" to "USER_INFO",
        "basic.auth.user.info" to Settings.SCHEMA_REGISTRY_AUTH,
    )
    return KafkaConsumer(props, StringDeserializer(), StringDeserializer())
}

fun main() {
    consumer().use { c ->
        c.subscribe(listOf("telemetry.raw"))
        while (true) c.poll(Duration.ofSeconds(1)).forEach { println(it.value()) }
    }
}
