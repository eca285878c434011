package com.acme.statements.partner;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

public class PartnerClient {
    public CloseableHttpClient build() {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(new AuthScope("api.partner.example", 443),
            new UsernamePasswordCredentials("acme-statements", "Qh1C1PeuTs4yNQCdjTyT".toCharArray())); // tfl-eval: hardcoded-credential
        return HttpClients.custom().setDefaultCredentialsProvider(provider).build();
    }

    public CloseableHttpClient buildFromEnv() {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(new AuthScope("api.partner.example", 443),
            new UsernamePasswordCredentials(System.getenv("PARTNER_USER"), System.getenv("PARTNER_PASSWORD").toCharArray())); // tfl-eval-not: hardcoded-credential
        return HttpClients.custom().setDefaultCredentialsProvider(provider).build();
    }
}
