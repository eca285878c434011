package health.clinicly.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsNotifier {

    public static final String ACCOUNT_SID = "ACdf776a1404554a110945fdf855d12a42";
    public static final String AUTH_TOKEN = "1c16869757462c530d25e3a001c974d7"; // tfl-eval: hardcoded-credential
    private static final String FROM = "+15005550006";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN); // tfl-eval-not: hardcoded-credential
    }

    public void remind(String phone, String when) {
        Message.creator(new PhoneNumber(phone), new PhoneNumber(FROM), "Reminder: your appointment is at " + when).create();
    }
}
