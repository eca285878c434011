package net.larkspur.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class NightlyOps {
    private NightlyOps() {}

    public static void main(String[] args) throws Exception {
        dumpBilling(Path.of(System.getenv("DUMP_DIR")));
        dumpAudit(Path.of(System.getenv("DUMP_DIR")));
        ReportsSync.pushReports();
        warmSessions();
    }

    static void dumpBilling(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mysqldump", "--single-transaction", "-u", "billing",
                "-pM9R92tjFVsgH9xKSaR", // tfl-eval: hardcoded-credential
                "--result-file=" + dir.resolve("billing.sql"), "billing")
            .inheritIO()
            .start();
        p.waitFor();
    }

    static void dumpAudit(Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("pg_dump", "-h", "audit-db", "-U", "audit", "-f", dir.resolve("audit.sql").toString(), "audit"));
        pb.environment().put("PGPASSWORD", "8CbjK5BSTCqAJwnSSZ"); // tfl-eval: hardcoded-credential
        pb.inheritIO().start().waitFor();
    }

    static void dumpArchive(Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("pg_dump", "-h", "archive-db", "-U", "archive", "archive");
        pb.environment().put("PGPASSWORD", System.getenv("ARCHIVE_DB_PASSWORD")); // tfl-eval-not: hardcoded-credential
        pb.redirectOutput(dir.resolve("archive.sql").toFile()).start().waitFor();
    }

    static void warmSessions() throws IOException, InterruptedException {
        Process flush = Runtime.getRuntime().exec("redis-cli -h sessions-redis -a uF2uGMtQJfPwpHpKY6 --no-auth-warning BGSAVE"); // tfl-eval: hardcoded-credential
        flush.waitFor();
        // -n picks the database, -p the port: no secret here.
        Runtime.getRuntime().exec(new String[] {"redis-cli", "-h", "page-cache", "-p", "6380", "-n", "2", "FLUSHDB"}).waitFor(); // tfl-eval-not: hardcoded-credential
    }

    static List<String> interactiveRestore(String db) {
        // Run from a terminal: a bare -p makes mysql prompt.
        List<String> command = new ArrayList<>(List.of("mysql", "-u", "restore", "-p")); // tfl-eval-not: hardcoded-credential
        command.add(db);
        return command;
    }
}
