package com.acme.billing;

import java.io.IOException;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Logger;

public final class InvoiceAudit {
    private static final Logger LOG = Logger.getLogger("invoice-audit");

    static {
        try {
            LOG.addHandler(new FileHandler("/var/log/billing/invoice-audit.log", true)); // tfl-eval: file-logger
        } catch (IOException e) {
            LOG.addHandler(new ConsoleHandler()); // tfl-eval-not: file-logger
        }
    }

    private InvoiceAudit() {}

    public static void issued(String invoiceId) {
        LOG.info("issued " + invoiceId);
    }
}
