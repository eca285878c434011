package org.acme.hr.auth;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public class DirectoryLogin {
    private static final String PROVIDER = "ldaps://dc01.acme.local:636";
    private static final String BIND_DN = "cn=svc-hr,ou=Service Accounts,dc=acme,dc=local";
    private static final String BIND_CREDENTIAL = "Sparrow#Tundra#8814"; // tfl-eval: hardcoded-credential

    public DirContext serviceContext() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, PROVIDER);
        env.put(Context.SECURITY_AUTHENTICATION, "simple"); // tfl-eval-not: hardcoded-credential
        env.put(Context.SECURITY_PRINCIPAL, BIND_DN);
        env.put(Context.SECURITY_CREDENTIALS, BIND_CREDENTIAL);
        return new InitialDirContext(env);
    }

    public boolean authenticate(String userDn, String password) {
        if (password == null || password.isEmpty()) return false; // tfl-eval-not: hardcoded-credential
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, PROVIDER);
        env.put(Context.SECURITY_PRINCIPAL, userDn);
        env.put(Context.SECURITY_CREDENTIALS, password);
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (NamingException e) {
            return false;
        }
    }
}
