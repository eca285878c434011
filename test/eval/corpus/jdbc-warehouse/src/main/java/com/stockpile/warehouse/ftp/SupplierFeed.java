package com.stockpile.warehouse.ftp;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import org.apache.commons.net.ftp.FTPClient;

public class SupplierFeed {

    static class Acme {
        static final String PASSWORD = "Gijh!948g17e7"; // tfl-eval: hardcoded-credential
    }

    static class Globex {
        static final String PASSWORD_ENV = "GLOBEX_SFTP_PASSWORD"; // tfl-eval-not: hardcoded-credential
    }

    public void pullAcme() throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.connect("ftp.acme-supplies.example");
        ftp.login("stockpile", Acme.PASSWORD); // tfl-eval-not: hardcoded-credential
    }

    public void pullGlobex() throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession("stockpile", "sftp.globex.example", 22);
        session.setPassword(System.getenv(Globex.PASSWORD_ENV)); // tfl-eval-not: hardcoded-credential
        session.connect();
    }

    public void pullInitech() throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession("stockpile", "sftp.initech.example", 22);
        session.setPassword("Feps*789tesn1f5"); // tfl-eval: hardcoded-credential
        session.connect();
    }
}
