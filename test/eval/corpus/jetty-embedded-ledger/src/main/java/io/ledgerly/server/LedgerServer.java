package io.ledgerly.server;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

public final class LedgerServer {
    private LedgerServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new EntriesServlet()), "/api/entries/*");
        server.setHandler(context);

        RequestLogWriter logWriter = new RequestLogWriter("logs/yyyy_mm_dd.request.log"); // tfl-eval: file-logger
        logWriter.setRetainDays(30);
        logWriter.setAppend(true);
        logWriter.setTimeZone("UTC");
        server.setRequestLog(new CustomRequestLog(logWriter, CustomRequestLog.EXTENDED_NCSA_FORMAT));

        server.setStopAtShutdown(true);
        server.setStopTimeout(15_000);
        server.start();
        server.join();
    }
}
