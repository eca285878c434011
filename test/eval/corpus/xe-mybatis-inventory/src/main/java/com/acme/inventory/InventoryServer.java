package com.acme.inventory;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import org.apache.ibatis.jdbc.ScriptRunner;

public final class InventoryServer {
    private InventoryServer() {
    }

    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection(
                System.getenv("DATABASE_URL"), System.getenv("DATABASE_USER"), System.getenv("DATABASE_PASSWORD"));
        ScriptRunner runner = new ScriptRunner(connection);
        runner.setLogWriter(null);
        runner.runScript(new InputStreamReader(InventoryServer.class.getResourceAsStream("/ddl/init.sql"))); // tfl-eval: startup-migration

        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("PORT"))), 0); // tfl-eval: no-graceful-shutdown
        server.createContext("/items", new ItemsHandler(connection));
        server.start();
    }
}
