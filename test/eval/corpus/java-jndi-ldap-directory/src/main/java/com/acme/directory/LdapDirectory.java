package com.acme.directory;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public class LdapDirectory {
    public DirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.corp.example:636");
        env.put(Context.SECURITY_AUTHENTICATION, "simple"); // tfl-eval-not: hardcoded-credential
        env.put(Context.SECURITY_PRINCIPAL, "cn=directory-sync,ou=services,dc=corp,dc=example");
        env.put(Context.SECURITY_CREDENTIALS, "KNemfs5c#g@V%VgLaJ9."); // tfl-eval: hardcoded-credential
        return new InitialDirContext(env);
    }

    public DirContext connectFromEnv() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_BIND_PASSWORD")); // tfl-eval-not: hardcoded-credential
        return new InitialDirContext(env);
    }
}
