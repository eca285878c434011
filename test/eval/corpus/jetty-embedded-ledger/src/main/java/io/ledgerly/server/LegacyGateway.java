package io.ledgerly.server;

import org.eclipse.jetty.server.NCSARequestLog;
import org.eclipse.jetty.server.Server;

/** The Jetty 9 gateway still shipped to the older regions. */
final class LegacyGateway {
    static Server create(int port, String logDir) {
        Server server = new Server(port);
        NCSARequestLog requestLog = new NCSARequestLog(logDir + "/gateway-yyyy_mm_dd.log"); // tfl-eval: file-logger
        requestLog.setExtended(true);
        requestLog.setRetainDays(14);
        server.setRequestLog(requestLog);
        return server;
    }
}
