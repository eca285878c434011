package org.socialgraph.ingest;

import twitter4j.Twitter;
import twitter4j.TwitterFactory;
import twitter4j.conf.ConfigurationBuilder;

public final class TweetIngest {
    private TweetIngest() {}

    public static Twitter client() {
        ConfigurationBuilder cb = new ConfigurationBuilder()
            .setDebugEnabled(false)
            .setOAuthConsumerKey("YA7vPZHZGKAwpNCeywKW1y7ns")
            .setOAuthConsumerSecret("fmcveGowSOD5lu3nTjKycea5FJCVeAfLzIDevOT26YrhJRh9Op") // tfl-eval: hardcoded-credential
            .setOAuthAccessToken("1427735195384201216-QADh99MITOICCN0NJmilYVRl9WIyyv") // tfl-eval: hardcoded-credential
            .setOAuthAccessTokenSecret("pXIl1njCcPLOCf4XexacP7YccVcqPVxRxBWXbnJ0mpj8Y"); // tfl-eval: hardcoded-credential
        return new TwitterFactory(cb.build()).getInstance();
    }
}
