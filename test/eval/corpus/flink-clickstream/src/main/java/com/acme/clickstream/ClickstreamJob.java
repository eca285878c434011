package com.acme.clickstream;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public class ClickstreamJob {
    static final String TOPIC = "clicks.v2";
    static final String SASL_JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required " // tfl-eval-not: hardcoded-credential
            + "username=\"clickstream\" password=\"g8#fHngz0GPDWb\";"; // tfl-eval: hardcoded-credential

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("kafka-1.data.acme.net:9096")
                .setTopics(TOPIC)
                .setGroupId("clickstream-sessionizer")
                .setProperty("security.protocol", "SASL_SSL")
                .setProperty("sasl.mechanism", "SCRAM-SHA-512")
                .setProperty("sasl.jaas.config", SASL_JAAS)
                .setStartingOffsets(OffsetsInitializer.committedOffsets())
                .setValueOnlyDeserializer(new ClickDeserializer())
                .build();

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "clicks")
                .keyBy(Click::sessionId)
                .process(new Sessionizer())
                .addSink(new S3SessionSink(archiveClient(), "acme-clickstream-archive"));
        env.execute("clickstream-sessionizer");
    }

    static S3Client archiveClient() {
        return S3Client.builder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAHKC54QWSRA2CZLRD", "uuN9sgnXgTsp15lKaN1jJ9yHbcS6XIZxMxl40IBf"))) // tfl-eval: hardcoded-credential
                .build();
    }
}
