package com.northwind.ops.cli;

import com.beust.jcommander.JCommander;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Replicate {

    public static void main(String[] argv) throws Exception {
        ReplicateArgs args = new ReplicateArgs();
        JCommander commander = JCommander.newBuilder().addObject(args).programName("replicate").build();
        commander.parse(argv);
        if (args.help) {
            commander.usage();
            return;
        }
        try (Connection source = DriverManager.getConnection(args.sourceUrl, args.sourceUser, args.sourcePassword);
             Connection target = DriverManager.getConnection(System.getenv("TARGET_JDBC_URL"))) {
            new OrderCopier(source, target, args.batchSize).run();
        }
    }
}
