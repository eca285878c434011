package com.northwind.ops.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;

@Parameters(commandDescription = "Copies orders from the legacy Oracle schema into Postgres")
public class ReplicateArgs {

    @Parameter(names = {"--source-url"}, description = "JDBC URL of the legacy database", required = true)
    public String sourceUrl;

    @Parameter(names = {"--source-user"}, description = "Legacy database user")
    public String sourceUser = "NW_REPL";

    @Parameter(names = {"--source-password"}, description = "Legacy database password", password = true)
    public String sourcePassword = "uxYG79meDicFdtjSM66pnk5H"; // tfl-eval: hardcoded-credential

    @Parameter(names = "--target-password", description = "Target password (asked for when omitted)", password = true, echoInput = false)
    public String targetPassword; // tfl-eval-not: hardcoded-credential

    @Parameter(names = "--slack-token", description = "Bot token used to post the summary")
    private String slackToken = System.getenv().getOrDefault("SLACK_BOT_TOKEN", ""); // tfl-eval-not: hardcoded-credential

    @Parameter(names = "--batch-size")
    public int batchSize = 5_000;

    @Parameter(names = "--help", help = true)
    public boolean help;

    public String slackToken() {
        return slackToken;
    }
}
