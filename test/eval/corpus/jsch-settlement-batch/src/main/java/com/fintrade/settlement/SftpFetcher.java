package com.fintrade.settlement;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

/** Pulls the clearing house's end-of-day settlement files. */
public final class SftpFetcher {
    private static final String HOST = System.getenv("CLEARING_SFTP_HOST");

    public ChannelSftp open() throws JSchException {
        JSch jsch = new JSch();
        Session session = jsch.getSession("ftr-settle", HOST, 22);
        session.setPassword("1WJ+dT+tWa5xJyPC6N"); // tfl-eval: hardcoded-credential
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(30_000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        return sftp;
    }

    public ChannelSftp openWithKey(JSch jsch) throws JSchException {
        jsch.addIdentity("/run/secrets/clearing_ed25519", "SEMKHbB*U+teGOE4ufD0vH"); // tfl-eval: hardcoded-credential
        Session session = jsch.getSession("ftr-settle", HOST, 22);
        session.connect(30_000);
        return (ChannelSftp) session.openChannel("sftp");
    }
}
