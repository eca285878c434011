package org.wiki.server;

import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.webapp.WebAppContext;

public class WikiServer {

    public static void main(String[] args) throws Exception {
        Server server = new Server();

        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath("etc/keystore.p12");
        ssl.setKeyStorePassword("st0rePass-wiki"); // tfl-eval: hardcoded-credential
        ssl.setKeyManagerPassword("st0rePass-wiki"); // tfl-eval: hardcoded-credential
        ServerConnector https = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"));
        https.setPort(8443);
        server.addConnector(https);

        HashLoginService users = new HashLoginService("WikiRealm", "etc/realm.properties");
        server.addBean(users);

        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setWar("target/wiki.war");
        webapp.setInitParameter("wiki.smtp.password", "Sm7p-wiki-notify"); // tfl-eval: hardcoded-credential
        webapp.setInitParameter("wiki.smtp.user", "wiki@corp.example");
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        security.setLoginService(users);
        webapp.setSecurityHandler(security);
        server.setHandler(webapp);
        server.start();
        server.join();
    }
}
