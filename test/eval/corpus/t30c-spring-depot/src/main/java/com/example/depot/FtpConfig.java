package com.example.depot;

import org.apache.commons.net.ftp.FTPClient;

public class FtpConfig {
    private static final String FTP_HOST = "106.14.52.92";
    private static final String FTP_USER = "depot";
    private static final String FTP_PASSWORD = "abc692037"; // tfl-eval: hardcoded-credential

    public FTPClient open() throws Exception {
        FTPClient client = new FTPClient();
        client.connect(FTP_HOST);
        client.login(FTP_USER, FTP_PASSWORD);
        return client;
    }
}
