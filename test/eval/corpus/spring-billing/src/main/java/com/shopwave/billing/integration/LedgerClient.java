package com.shopwave.billing.integration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestTemplate;

public class LedgerClient {

    private static final String LEDGER_URL = System.getenv("LEDGER_URL");
    private static final String PASSWORD_PARAM = "password"; // tfl-eval-not: hardcoded-credential

    private final RestTemplate rest = new RestTemplate();

    public BasicCredentialsProvider proxyCredentials() {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("billing-svc", "Vlqjs445-idq")); // tfl-eval: hardcoded-credential
        return provider;
    }

    public HttpHeaders ledgerHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("billing", "Szzrx138&ucf"); // tfl-eval: hardcoded-credential
        return headers;
    }

    public Connection legacyLedger() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://ledger-db:3306/ledger", "root", "Awxii010!g34"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public Connection auditDatabase() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "auditor");
        props.setProperty("password", "Imlnl371-q1c"); // tfl-eval: hardcoded-credential
        props.setProperty("ssl", "true");
        return DriverManager.getConnection(System.getenv("AUDIT_URL"), props);
    }

    public Map<String, String> loginForm(String user, String password) {
        return Map.of("username", user, PASSWORD_PARAM, password); // tfl-eval-not: hardcoded-credential
    }

    public Map<String, String> partnerLogin() {
        return Map.of("client_id", "shopwave-billing", "client_secret", "pSFTeM3HtXWtJXGUT8g0404uglkdPLHy"); // tfl-eval: hardcoded-credential
    }
}
