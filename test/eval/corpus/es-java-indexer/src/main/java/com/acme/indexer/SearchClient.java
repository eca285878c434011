package com.acme.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

public final class SearchClient {

    private SearchClient() {}

    public static ElasticsearchClient create() {
        RestClient rest = RestClient.builder(HttpHost.create(System.getenv("ES_URL")))
                .setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey 38vm56j2SOFUIXb65cDuYifvbOZOMz0/lgaIZMsXaoU=")}) // tfl-eval: hardcoded-credential
                .build();
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }
}