package io.export;

import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.SFTPClient;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;

public final class SftpExport {
    private SftpExport() {}

    public static SFTPClient sshj() throws Exception {
        SSHClient ssh = new SSHClient();
        ssh.loadKnownHosts();
        ssh.connect("sftp.bank.example");
        ssh.authPassword("export-svc", "g1IpB5VJmVb2k8cAJJ"); // tfl-eval: hardcoded-credential
        return ssh.newSFTPClient();
    }

    public static ClientSession mina() throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        ClientSession session = client.connect("export-svc", "sftp2.bank.example", 22).verify(10_000).getSession();
        session.addPasswordIdentity("bM9AmNph3gp9y9ISVe"); // tfl-eval: hardcoded-credential
        session.auth().verify(10_000);
        return session;
    }
}
