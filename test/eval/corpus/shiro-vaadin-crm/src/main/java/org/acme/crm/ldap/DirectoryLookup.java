package org.acme.crm.ldap;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public class DirectoryLookup {

    public DirContext open() throws NamingException {
        Hashtable env = new Hashtable();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldap://ldap.acme.internal:389");
        env.put(Context.SECURITY_AUTHENTICATION, "simple"); // tfl-eval-not: hardcoded-credential
        env.put(Context.SECURITY_PRINCIPAL, "cn=crm-reader,ou=services,dc=acme,dc=org");
        env.put(Context.SECURITY_CREDENTIALS, "rEad3r-LDAP-9"); // tfl-eval: hardcoded-credential
        return new InitialDirContext(env);
    }
}
