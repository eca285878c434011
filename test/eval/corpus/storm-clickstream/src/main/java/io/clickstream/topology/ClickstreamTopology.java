package io.clickstream.topology;

import java.util.Properties;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.storm.Config;
import org.apache.storm.StormSubmitter;
import org.apache.storm.kafka.spout.KafkaSpout;
import org.apache.storm.kafka.spout.KafkaSpoutConfig;
import org.apache.storm.topology.TopologyBuilder;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

public class ClickstreamTopology {

    static final String BROKERS = "kafka-1.click.internal:9093,kafka-2.click.internal:9093";

    public static void main(String[] args) throws Exception {
        Properties kafka = new Properties();
        kafka.put("security.protocol", "SASL_SSL");
        kafka.put("sasl.mechanism", "SCRAM-SHA-512");
        kafka.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"storm-clicks\" password=\"Kf7#clicks-Storm-91\";"); // tfl-eval: hardcoded-credential

        KafkaSpoutConfig<String, String> spoutConfig = KafkaSpoutConfig.builder(BROKERS, "clicks.raw")
                .setProp(kafka)
                .setProp("group.id", "storm-clickstream")
                .build();

        TopologyBuilder builder = new TopologyBuilder();
        builder.setSpout("clicks", new KafkaSpout<>(spoutConfig), 4);
        builder.setBolt("sessionize", new SessionizeBolt(), 8).fieldsGrouping("clicks", new org.apache.storm.tuple.Fields("visitor"));
        builder.setBolt("index", new EsIndexBolt(), 4).shuffleGrouping("sessionize");

        Config conf = new Config();
        conf.setNumWorkers(6);
        conf.put("topology.message.timeout.secs", 120);
        StormSubmitter.submitTopology("clickstream", conf, builder.createTopology());
    }

    static RestClient elasticsearch() {
        final BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("clickstream_writer", "E1astic-cl1cks!")); // tfl-eval: hardcoded-credential
        RestClientBuilder builder = RestClient.builder(new HttpHost("es.click.internal", 9200, "https")) // tfl-eval: hardcoded-backing-service
                .setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        return builder.build();
    }
}
