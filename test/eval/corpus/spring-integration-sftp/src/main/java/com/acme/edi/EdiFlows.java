package com.acme.edi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.mail.dsl.Mail;
import org.springframework.integration.sftp.dsl.Sftp;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;

@Configuration
public class EdiFlows {

    @Bean
    public DefaultSftpSessionFactory partnerSftp() {
        DefaultSftpSessionFactory factory = new DefaultSftpSessionFactory(true);
        factory.setHost("edi.partner-logistics.example");
        factory.setPort(2222);
        factory.setUser("acme_edi");
        factory.setPassword("Ed1-partner!sftp"); // tfl-eval: hardcoded-credential
        factory.setAllowUnknownKeys(false);
        return factory;
    }

    @Bean
    public IntegrationFlow inboundInvoices() {
        return IntegrationFlow
                .from(Mail.imapInboundAdapter("imaps://invoices%40acme.example:Inv0ice-mailbox@imap.acme.example/INBOX") // tfl-eval: hardcoded-credential
                        .shouldDeleteMessages(false), e -> e.poller(Pollers.fixedDelay(60_000)))
                .handle("invoiceParser", "parse")
                .get();
    }

    @Bean
    public IntegrationFlow outboundOrders(DefaultSftpSessionFactory partnerSftp) {
        return f -> f.handle(Sftp.outboundAdapter(partnerSftp).remoteDirectory("/in/orders"));
    }
}
