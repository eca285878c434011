package com.tradeco.sync.client;

import com.algolia.search.DefaultSearchClient;
import com.algolia.search.SearchClient;

public class CatalogSearch {
    private final SearchClient client = DefaultSearchClient.create("V3N8QK2LZP", "a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8"); // tfl-eval: hardcoded-credential
}
