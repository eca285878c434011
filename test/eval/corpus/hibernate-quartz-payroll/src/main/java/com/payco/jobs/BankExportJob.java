package com.payco.jobs;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.io.File;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

public class BankExportJob implements Job {

    private static final String SFTP_HOST = "sftp.bank-partner.example";
    private static final int SFTP_PORT = 22;
    private static final String SFTP_USER = "payco_upload";
    private static final String SFTP_PASS = "B4nkUpl0ad!sftp"; // tfl-eval: hardcoded-credential

    public void execute(JobExecutionContext context) throws JobExecutionException {
        File export = (File) context.getMergedJobDataMap().get("exportFile");
        try {
            JSch jsch = new JSch();
            Session session = jsch.getSession(SFTP_USER, SFTP_HOST, SFTP_PORT);
            session.setPassword(SFTP_PASS);
            session.setConfig("StrictHostKeyChecking", "no");
            session.connect(15000);
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect();
            sftp.put(export.getAbsolutePath(), "/incoming/" + export.getName());
            sftp.disconnect();
            session.disconnect();
        } catch (Exception e) {
            throw new JobExecutionException("bank export failed", e);
        }
    }
}
