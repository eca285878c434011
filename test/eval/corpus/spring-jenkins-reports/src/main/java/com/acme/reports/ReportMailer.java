package com.acme.reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ReportMailer {
    private final String apiKey;

    public ReportMailer(@Value("${reports.mailgun.api-key:key-181a784448891d086e3a8d6eab2bee59}") String apiKey) { // tfl-eval: hardcoded-credential
        this.apiKey = apiKey;
    }

    @Value("${reports.archive.password:}") // tfl-eval-not: hardcoded-credential
    private String archivePassword;
}
