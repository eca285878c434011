package com.acme.settlement.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsAlerts {
    static {
        Twilio.init("AC06bcb5f0ea21c97381ca12d41c2c91ec", "8147d3184cdc4bdb9f69d8da89c3660a"); // tfl-eval: hardcoded-credential
    }

    public void failed(String batchId) {
        Message.creator(new PhoneNumber("+441632960961"), new PhoneNumber("+441632960000"),
            "Settlement batch " + batchId + " failed").create();
    }
}
