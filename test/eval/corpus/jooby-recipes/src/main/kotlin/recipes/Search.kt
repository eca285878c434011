package recipes

import org.apache.kafka.clients.producer.KafkaProducer
import org.apache.kafka.common.serialization.StringSerializer
import co.elastic.clients.elasticsearch.ElasticsearchClient
import org.apache.http.auth.AuthScope
import org.apache.http.auth.UsernamePasswordCredentials
import org.apache.http.impl.client.BasicCredentialsProvider

object Search {
    private val producerConfig = mapOf(
        "bootstrap.servers" to "pkc-4nym6.eu-west-1.aws.confluent.cloud:9092",
        "security.protocol" to "SASL_SSL",
        "sasl.mechanism" to "PLAIN",
        "sasl.jaas.config" to "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"QJ4WZ2L7RXKD5M3N\" password=\"pzs0c1nAKYN96fnzxi3zXu4xexGirbtt+QeHv0mF6wlTkE1uNdYq\";", // tfl-eval: hardcoded-credential
        "key.serializer" to StringSerializer::class.java,
        "value.serializer" to StringSerializer::class.java,
    )

    val producer = KafkaProducer<String, String>(producerConfig)

    fun elasticCredentials() = BasicCredentialsProvider().apply {
        setCredentials(AuthScope.ANY, UsernamePasswordCredentials("elastic", "RvrjUfCFd4Iwuo")) // tfl-eval: hardcoded-credential
    }

    private val headers = mapOf(
        "Accept" to "application/json",
        "Authorization" to "ApiKey " + System.getenv("ES_API_KEY"), // tfl-eval-not: hardcoded-credential
    )
}
