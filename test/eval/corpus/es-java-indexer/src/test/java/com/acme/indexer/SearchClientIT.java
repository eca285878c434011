package com.acme.indexer;

import org.testcontainers.elasticsearch.ElasticsearchContainer;

class SearchClientIT {
    static ElasticsearchContainer es = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.14.0")
            .withPassword("changeme"); // tfl-eval-not: hardcoded-credential
}