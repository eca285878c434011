package io.jenkins.plugins.deploynotify;

import hudson.util.Secret;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.io.IOException;

class DashboardClient {

    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http = new OkHttpClient();
    private final String baseUrl;
    private final Secret token;

    DashboardClient(String baseUrl, Secret token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    void publish(String job, int build, String result) throws IOException {
        String body = String.format("{\"job\":\"%s\",\"build\":%d,\"result\":\"%s\"}", job, build, result);
        Request request = new Request.Builder()
                .url(baseUrl + "/api/v2/deployments")
                .header("Authorization", "Bearer " + Secret.toString(token))
                .post(RequestBody.create(body, JSON))
                .build();
        http.newCall(request).execute().close();
    }

    // The legacy dashboard (v1) sits behind the nginx basic-auth of the ops network.
    void publishLegacy(String job, int build) throws IOException {
        Request request = new Request.Builder()
                .url(baseUrl + "/legacy/notify?job=" + job + "&build=" + build)
                .header("Authorization", Credentials.basic("jenkins", "Jnk-legacy-4417")) // tfl-eval: hardcoded-credential
                .build();
        http.newCall(request).execute().close();
    }
}
