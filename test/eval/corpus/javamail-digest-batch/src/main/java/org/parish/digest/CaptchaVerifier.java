package org.parish.digest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class CaptchaVerifier {
    private static final String VERIFY_URL = "https://www.google.com/recaptcha/api/siteverify";
    private static final String RECAPTCHA_SITE_KEY = "6LdV9mApAAAAAK3bXqN7pT2wZ8rL5cY1dF4hJ0sM";
    private static final String RECAPTCHA_SECRET = "6LdV9mApAAAAAPz4Rk8Tq2Wn6Lx1Vb3Mc7Hj9Fd5"; // tfl-eval: hardcoded-credential

    public boolean verify(String responseToken) throws Exception {
        String form = "secret=" + RECAPTCHA_SECRET + "&response=" + responseToken; // tfl-eval-not: hardcoded-credential
        HttpRequest request = HttpRequest.newBuilder(URI.create(VERIFY_URL))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body().contains("\"success\": true");
    }
}
