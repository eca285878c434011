package com.medirx.pharmacy.clients;

import com.twilio.Twilio;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.apache.http.HttpHost;

public class SmsGateway {

    public void init() {
        Twilio.init("AC1eaf9b12a6f2a401675b299082cce02e", "2e02d0e125286c9303c5503ac5f3b431"); // tfl-eval: hardcoded-credential
    }

    public RestClient search() {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("elastic", "GjCRAchhmuDckUI4U4ad")); // tfl-eval: hardcoded-credential
        return RestClient.builder(new HttpHost("search.medirx.example", 9200, "https"))
                .setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(provider))
                .build();
    }
}
