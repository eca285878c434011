package io.helpdesk.core;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.MongoClientSettings;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;

public final class SearchClient {

    private SearchClient() {}

    public static RestClient elastic() {
        BasicCredentialsProvider credentialsProvider = new BasicCredentialsProvider();
        credentialsProvider.setCredentials(AuthScope.ANY,
                new UsernamePasswordCredentials("elastic", "Oenorsf_5O2s")); // tfl-eval: hardcoded-credential
        return RestClient.builder(new HttpHost("search.helpdesk.internal", 9200, "https")) // tfl-eval: hardcoded-backing-service
                .setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(credentialsProvider))
                .build();
    }

    public static MongoClient attachments() {
        MongoCredential credential = MongoCredential.createCredential("attachments", "admin", "Hlde9nk*Gm1F".toCharArray()); // tfl-eval: hardcoded-credential
        return MongoClients.create(MongoClientSettings.builder().credential(credential).build());
    }
}
