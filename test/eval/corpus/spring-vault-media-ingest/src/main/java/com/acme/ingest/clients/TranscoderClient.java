package com.acme.ingest.clients;

import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class TranscoderClient {
    private final OkHttpClient http = new OkHttpClient();
    private final String basic = Credentials.basic("media-ingest", "ekcGgbOw+D*ni@LLic@a"); // tfl-eval: hardcoded-credential

    public String status(String jobId) throws IOException {
        Request request = new Request.Builder()
            .url("https://transcoder.acme.example/jobs/" + jobId)
            .header("Authorization", basic)
            .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
