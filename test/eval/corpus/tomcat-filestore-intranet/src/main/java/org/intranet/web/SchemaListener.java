package org.intranet.web;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.flywaydb.core.Flyway;

@WebListener
public class SchemaListener implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/intranet");
            Flyway.configure().dataSource(ds).load().migrate(); // tfl-eval: startup-migration
        } catch (NamingException e) {
            throw new IllegalStateException("no datasource", e);
        }
    }
}
