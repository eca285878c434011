package com.auction.notify;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

public class SmsGateway {

    private static final String API_BASE = "https://rest.nexmo.com/sms/json";
    private static final String NEXMO_API_KEY = System.getenv("NEXMO_API_KEY");
    private static final String NEXMO_API_SECRET = "jq1MMvJTUa1NXQWP"; // tfl-eval: hardcoded-credential

    private final OkHttpClient http = new OkHttpClient();

    public Request outbid(String to, String text) {
        HttpUrl url = HttpUrl.parse(API_BASE).newBuilder()
                .addQueryParameter("api_key", NEXMO_API_KEY)
                .addQueryParameter("api_secret", NEXMO_API_SECRET)
                .addQueryParameter("to", to)
                .addQueryParameter("text", text)
                .build();
        return new Request.Builder().url(url).build();
    }

    public Request partnerFeed() {
        return new Request.Builder().url("https://feeds.partner.io/v2/lots?apikey=L7oJUxxrplZ0c9hQCqOMpfg4twdSoCgj").build(); // tfl-eval: hardcoded-credential
    }
}
