package com.northwind.ops.legacy;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Old nightly job, still run by the finance cron on app03. */
public class InvoiceMailer {

    public static void main(String[] args) throws Exception {
        Options options = new Options();
        options.addOption(Option.builder("h").longOpt("smtp-host").hasArg().build());
        options.addOption(Option.builder("u").longOpt("smtp-user").hasArg().build());
        options.addOption(Option.builder("p").longOpt("smtp-password").hasArg().desc("SMTP password").build()); // tfl-eval-not: hardcoded-credential
        options.addOption(Option.builder().longOpt("archive-key").hasArg().build());

        CommandLine cmd = new DefaultParser().parse(options, args);
        String host = cmd.getOptionValue("smtp-host", "smtp.northwind.local"); // tfl-eval: hardcoded-backing-service
        String user = cmd.getOptionValue("smtp-user", "invoices@northwind.local");
        String password = cmd.getOptionValue("smtp-password", "CG8RqBEoR8lR6kMMZHm17AJu"); // tfl-eval: hardcoded-credential
        String archiveKey = cmd.getOptionValue("archive-key", System.getenv("ARCHIVE_KEY")); // tfl-eval-not: hardcoded-credential
        String passwordLabel = cmd.getOptionValue("password-label", "SMTP password"); // tfl-eval-not: hardcoded-credential

        new Mailer(host, 587, user, password).sendPending(archiveKey);
    }
}
