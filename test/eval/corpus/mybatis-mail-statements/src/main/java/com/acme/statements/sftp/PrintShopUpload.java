package com.acme.statements.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;

public class PrintShopUpload {
    public void upload(String localPath) throws JSchException, SftpException {
        JSch jsch = new JSch();
        Session session = jsch.getSession("acme-statements", "sftp.printshop.example", 22);
        session.setPassword("lxSLHoRnf1xgHrdmRbvD"); // tfl-eval: hardcoded-credential
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(15_000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.put(localPath, "/inbox/");
        sftp.disconnect();
        session.disconnect();
    }
}
