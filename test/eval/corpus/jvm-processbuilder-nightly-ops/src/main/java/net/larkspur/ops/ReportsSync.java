package net.larkspur.ops;

import java.io.IOException;

final class ReportsSync {
    private ReportsSync() {}

    static void pushReports() throws IOException, InterruptedException {
        String[] push = {"sshpass", "-p", "LPr8h4YGMbTXQkh4Tr", "scp", "-P", "2222", "/var/reports/daily.csv", "reports@sftp.partner-larkspur.com:inbox/"}; // tfl-eval: hardcoded-credential
        Runtime.getRuntime().exec(push).waitFor();
    }

    static void pushFromVault(String password) throws IOException, InterruptedException {
        new ProcessBuilder("sshpass", "-e", "scp", "/var/reports/weekly.csv", "reports@sftp.partner-larkspur.com:inbox/") // tfl-eval-not: hardcoded-credential
            .inheritIO()
            .start()
            .waitFor();
    }

    static void loginRegistry() throws IOException, InterruptedException {
        new ProcessBuilder().command("docker", "login", "-u", "larkspur-ci", "-p", "j9NGMHf4hz5CyZ8UNe", "registry.larkspur.net").start().waitFor(); // tfl-eval: hardcoded-credential
    }

    static void curlStatus() throws IOException, InterruptedException {
        new ProcessBuilder("curl", "-fsS", "-u", "statuspage:ytYrfjF7jskf9EZepa", "https://status.larkspur.net/api/heartbeat").start().waitFor(); // tfl-eval: hardcoded-credential
        // The help text mentions the flag; nothing is run with a value.
        System.out.println("usage: reports-sync --password <password> [--dry-run]"); // tfl-eval-not: hardcoded-credential
    }
}
