package services;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public class LdapDirectory {

    private static final String BIND_DN = "cn=hr-portal,ou=services,dc=peoplefirst,dc=example";

    public DirContext bind() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.peoplefirst.example:636");
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, BIND_DN);
        env.put(Context.SECURITY_CREDENTIALS, "Pehb@646fmpknjvm"); // tfl-eval: hardcoded-credential
        return new InitialDirContext(env);
    }
}
