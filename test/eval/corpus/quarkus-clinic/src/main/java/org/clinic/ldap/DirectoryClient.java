package org.clinic.ldap;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public class DirectoryClient {

    public DirContext bind() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ad.clinic.org:636");
        env.put(Context.SECURITY_PRINCIPAL, "CN=svc-clinic,OU=Service,DC=clinic,DC=org");
        env.put(Context.SECURITY_CREDENTIALS, "Jcnnf71#hRTg"); // tfl-eval: hardcoded-credential
        return new InitialDirContext(env);
    }

    public DirContext bindAs(String user, char[] password) throws Exception {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.SECURITY_PRINCIPAL, user);
        env.put(Context.SECURITY_CREDENTIALS, password); // tfl-eval-not: hardcoded-credential
        return new InitialDirContext(env);
    }
}
