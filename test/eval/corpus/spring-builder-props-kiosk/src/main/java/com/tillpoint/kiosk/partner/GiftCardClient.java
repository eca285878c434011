package com.tillpoint.kiosk.partner;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class GiftCardClient {

    private final HttpClient http;
    private final String balanceUrl;

    public GiftCardClient(@Value("${giftcard.balance-url:https://giftcards.example/api/balance}") String balanceUrl,
                          @Value("${giftcard.password:orxRBBZiL8N5scHWUgNQ8QA20XMYjGUp}") String password, // tfl-eval: hardcoded-credential
                          @Value("${giftcard.user:kiosk}") String user) {
        this.balanceUrl = balanceUrl;
        this.http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(4))
            .authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray()); // tfl-eval-not: hardcoded-credential
                }
            })
            .build();
    }

    public String balance(String card) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(balanceUrl + "?card=" + card)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The reporting mirror predates the gift card gateway's user accounts. */
    static HttpClient reportingMirror() {
        return HttpClient.newBuilder()
            .authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication("reports", "PeS4jXilrVTNVVRE5k".toCharArray()); // tfl-eval: hardcoded-credential
                }
            })
            .build();
    }
}
