package com.fleetops.integrations;

import com.slack.api.Slack;
import com.twilio.Twilio;
import java.io.IOException;

public final class Notifier {

    private static final String SLACK_BOT_TOKEN = "xoxb-313623096434-5739091471368-Iv1Hqp4p8Dp82wZhwJDTzWf6"; // tfl-eval: hardcoded-credential
    private static final String TWILIO_ACCOUNT_SID = "ACdee158670c132abe377c1b5bbc109b90";
    private static final String TWILIO_AUTH_TOKEN = "bcba33caa229d4c76a1779ca50a81a93"; // tfl-eval: hardcoded-credential
    private static final String CHANNEL = "#fleet-alerts";

    private Notifier() {}

    public static void init() {
        Twilio.init(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
    }

    public static void alert(String text) throws IOException {
        Slack.getInstance().methods(SLACK_BOT_TOKEN).chatPostMessage(req -> req.channel(CHANNEL).text(text));
    }

    public static String maskedToken(String token) {
        return token.substring(0, 4) + "****"; // tfl-eval-not: hardcoded-credential
    }
}
