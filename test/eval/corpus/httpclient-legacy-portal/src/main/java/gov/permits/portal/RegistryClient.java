package gov.permits.portal;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

public class RegistryClient {

    static CloseableHttpClient landRegistry() {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(new AuthScope("registry.permits.example", 443),
                new UsernamePasswordCredentials("permits-portal", "W4ZGpmCw9jQ66Pf#kx".toCharArray())); // tfl-eval: hardcoded-credential
        return HttpClients.custom().setDefaultCredentialsProvider(provider).build();
    }

    static RestTemplate inspections(RestTemplateBuilder builder) {
        return builder.rootUri("https://inspections.permits.example").basicAuthentication("portal", "dbBZnfXlqFEn3o2y").build(); // tfl-eval: hardcoded-credential
    }

    static WebClient payments() {
        return WebClient.builder()
                .baseUrl("https://pay.permits.example")
                .defaultHeaders(h -> h.setBearerAuth("wjPiScU6ONQf0I_sBFN_oxhIWUAPii_MlLqeLiTQ")) // tfl-eval: hardcoded-credential
                .build();
    }

    static StandardPBEStringEncryptor encryptor() {
        StandardPBEStringEncryptor encryptor = new StandardPBEStringEncryptor();
        encryptor.setPassword("BnzptCsQ2IY6zhWS4iQ%"); // tfl-eval: hardcoded-credential
        encryptor.setAlgorithm("PBEWithHMACSHA512AndAES_256");
        return encryptor;
    }
}
