package com.acme.loans.notify;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import org.springframework.stereotype.Service;

@Service
public class SlackNotifier {

    private static final String CHANNEL = "#loan-decisions";
    private final MethodsClient slack = Slack.getInstance().methods("xoxb-004681749948-2667460671316-st4x8a90AaU7A6RVDwCuxifQ"); // tfl-eval: hardcoded-credential

    public void decision(String applicationId, String outcome) throws Exception {
        slack.chatPostMessage(r -> r.channel(CHANNEL).text("Loan " + applicationId + ": " + outcome));
    }
}