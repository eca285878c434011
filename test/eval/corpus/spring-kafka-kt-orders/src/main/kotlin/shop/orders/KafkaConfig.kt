package shop.orders

import org.apache.kafka.clients.CommonClientConfigs
import org.apache.kafka.common.config.SaslConfigs
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.kafka.core.DefaultKafkaProducerFactory

@Configuration
class KafkaConfig {
    @Bean
    fun producerFactory() = DefaultKafkaProducerFactory<String, String>(
        mapOf(
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG to "SASL_SSL",
            SaslConfigs.SASL_MECHANISM to "PLAIN",
            SaslConfigs.SASL_JAAS_CONFIG to "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"NkGTc1hw4SuWzHGs\" password=\"Yei0j6y3dozYuozn7xkK8r5k549tElUXD7BSISm2ryxz3qeDDLPWo6bXuprM4jVe\";", // tfl-eval: hardcoded-credential
            "schema.registry.url" to "https://psrc-abc12.europe-west3.gcp.confluent.cloud",
            "basic.auth.credentials.source" to "USER_INFO",
            "basic.auth.user.info" to "dufmy2iOZ3E1EgDS:tMoBmnWSATaDhfgYoQEMIuPzOC2Oo040Cn7cjYsuDsJ+wV/F+t57MfunM87h6oJo", // tfl-eval: hardcoded-credential
        )
    )
}
