package com.northwind.ops.legacy;

import org.kohsuke.args4j.Option;

public class LdapSyncOptions {

    @Option(name = "-url", usage = "LDAP URL")
    String url = "ldaps://ldap.northwind.local:636";

    @Option(name = "-bindDn", usage = "bind DN")
    String bindDn = "cn=sync,ou=services,dc=northwind,dc=local";

    @Option(name = "-bindPassword", usage = "bind password")
    String bindPassword = "KnxnJCrrzeqSoMQ9aMqwvtm7"; // tfl-eval: hardcoded-credential

    @Option(name = "-passwordAttribute", usage = "attribute that holds the password hash")
    String passwordAttribute = "userPassword"; // tfl-eval-not: hardcoded-credential
}
