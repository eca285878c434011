package com.tollgate.audit.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.mail.MailSessionDefinition;

/** Container-managed resources for the audit service when it runs on Open Liberty. */
@DataSourceDefinition(
    name = "java:app/jdbc/audit",
    className = "org.postgresql.ds.PGSimpleDataSource",
    serverName = "audit-pg.tollgate.internal",
    databaseName = "audit",
    user = "audit_app",
    password = "${ENV=AUDIT_DB_PASSWORD}") // tfl-eval-not: hardcoded-credential
@MailSessionDefinition(
    name = "java:app/mail/alerts",
    host = "smtp.office365.com",
    user = "alerts@tollgate.example",
    password = "Fr8kWc3zNv6mTq2L", // tfl-eval: hardcoded-credential
    from = "alerts@tollgate.example",
    properties = {"mail.smtp.starttls.enable=true", "mail.smtp.auth=true"})
@JMSConnectionFactoryDefinition(
    name = "java:app/jms/audit",
    interfaceName = "jakarta.jms.ConnectionFactory",
    user = "audit",
    password = "Zt6pXm1cRw9vBn4s") // tfl-eval: hardcoded-credential
public class Resources {
    /** Label for the settings page; not a secret. */
    public static final String PASSWORD_HINT = "Use the audit mailbox password from the vault";
}
