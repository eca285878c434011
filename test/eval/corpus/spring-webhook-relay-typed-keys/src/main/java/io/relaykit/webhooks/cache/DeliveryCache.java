package io.relaykit.webhooks.cache;

public class DeliveryCache {
    private String key = "relay:deliveries:v2"; // tfl-eval-not: hardcoded-credential
    private static final String PARTITION = "eu-west-1";

    public String keyFor(String id) { return key + ":" + id; }
}

class Partition {
    static final String KEY = "JDERZcC6oWkk4axiUpBiJJb0rt362Imt"; // tfl-eval-not: hardcoded-credential
}
