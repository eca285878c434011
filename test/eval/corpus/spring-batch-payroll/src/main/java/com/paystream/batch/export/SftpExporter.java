package com.paystream.batch.export;

import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;

public class SftpExporter {

    public DefaultSftpSessionFactory sessionFactory() {
        DefaultSftpSessionFactory factory = new DefaultSftpSessionFactory(true);
        factory.setHost("sftp.bank.example");
        factory.setPort(22);
        factory.setUser("paystream");
        factory.setPrivateKeyPassphrase("Rovj-072culdlsu61q"); // tfl-eval: hardcoded-credential
        factory.setAllowUnknownKeys(false);
        return factory;
    }

    public String passwordFieldName() {
        return "password"; // tfl-eval-not: hardcoded-credential
    }
}
