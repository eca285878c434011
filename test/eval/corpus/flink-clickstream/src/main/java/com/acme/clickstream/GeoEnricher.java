package com.acme.clickstream;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;

public class GeoEnricher extends RichMapFunction<Click, Click> {
    private static final String ACCOUNT_ID = "734219";
    private static final String LICENSE_KEY = "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"; // tfl-eval: hardcoded-credential
    private transient OkHttpClient http;

    @Override
    public void open(Configuration parameters) {
        http = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", Credentials.basic(ACCOUNT_ID, LICENSE_KEY))
                        .build()))
                .build();
    }

    @Override
    public Click map(Click click) throws Exception {
        Request request = new Request.Builder().url("https://geolite.info/geoip/v2.1/city/" + click.ip()).build();
        try (var response = http.newCall(request).execute()) {
            return click.withCity(GeoJson.city(response.body().string()));
        }
    }
}
