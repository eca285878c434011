package com.acme.crm;

import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

public final class AuditLog {
    private static final Logger LOG = Logger.getLogger("audit");

    static {
        try {
            FileHandler handler = new FileHandler("audit-%g.log", 10_000_000, 5, true); // tfl-eval: file-logger
            handler.setFormatter(new SimpleFormatter());
            LOG.addHandler(handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditLog() {}

    public static void record(String event) {
        LOG.info(event);
    }
}
