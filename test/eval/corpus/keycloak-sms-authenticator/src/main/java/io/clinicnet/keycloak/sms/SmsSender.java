package io.clinicnet.keycloak.sms;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

final class SmsSender {

    private static final Logger LOG = Logger.getLogger(SmsSender.class);
    private static final String DEFAULT_ACCOUNT_SID = "AC0a4f2c9e7b1d3f5a8c6e0b2d4f6a8c1e";
    private static final String DEFAULT_AUTH_TOKEN = "da88909b78e0c8fda421b0ca362a58c8"; // tfl-eval: hardcoded-credential

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountSid;
    private final String authToken;
    private final String from;

    SmsSender(Map<String, String> config) {
        this.accountSid = config.getOrDefault("accountSid", DEFAULT_ACCOUNT_SID);
        this.authToken = config.getOrDefault("authToken", DEFAULT_AUTH_TOKEN); // tfl-eval-not: hardcoded-credential
        this.from = config.getOrDefault("from", "+15005550006");
    }

    void send(String to, String code) throws IOException, InterruptedException {
        String body = "To=" + URLEncoder.encode(to, StandardCharsets.UTF_8)
                + "&From=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&Body=" + URLEncoder.encode("Your ClinicNet code is " + code, StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Messages.json"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            LOG.warnf("SMS to %s failed with %d", to, response.statusCode());
        }
    }
}
