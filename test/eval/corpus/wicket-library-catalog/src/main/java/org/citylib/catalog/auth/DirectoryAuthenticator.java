package org.citylib.catalog.auth;

import java.util.Hashtable;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * Looks staff members up in the city directory before binding as them.
 */
public class DirectoryAuthenticator {

    private static final String LDAP_URL = "ldaps://dir.citylib.local:636";
    private static final String SERVICE_DN = "cn=catalog-svc,ou=services,dc=citylib,dc=local";

    public boolean authenticate(String username, String password) {
        String userDn = findUserDn(username);
        if (userDn == null) {
            return false;
        }
        Hashtable env = new Hashtable();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, LDAP_URL);
        env.put(Context.SECURITY_PRINCIPAL, userDn);
        env.put(Context.SECURITY_CREDENTIALS, password); // tfl-eval-not: hardcoded-credential
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (NamingException e) {
            return false;
        }
    }

    private String findUserDn(String username) {
        Hashtable env = new Hashtable();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, LDAP_URL);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, SERVICE_DN);
        env.put(Context.SECURITY_CREDENTIALS, "c4tal0g-Svc!88"); // tfl-eval: hardcoded-credential
        DirContext ctx = null;
        try {
            ctx = new InitialDirContext(env);
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            NamingEnumeration results = ctx.search("ou=staff,dc=citylib,dc=local", "(uid=" + username + ")", controls);
            if (results.hasMore()) {
                return ((SearchResult) results.next()).getNameInNamespace();
            }
            return null;
        } catch (NamingException e) {
            return null;
        } finally {
            if (ctx != null) {
                try { ctx.close(); } catch (NamingException ignored) { }
            }
        }
    }
}
