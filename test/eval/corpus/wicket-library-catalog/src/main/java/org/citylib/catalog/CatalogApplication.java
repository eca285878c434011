package org.citylib.catalog;

import org.apache.wicket.Page;
import org.apache.wicket.authroles.authentication.AbstractAuthenticatedWebSession;
import org.apache.wicket.authroles.authentication.AuthenticatedWebApplication;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.util.crypt.ICryptFactory;
import org.apache.wicket.util.crypt.ClassCryptFactory;
import org.apache.wicket.util.crypt.SunJceCrypt;

public class CatalogApplication extends AuthenticatedWebApplication {

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    @Override
    protected void init() {
        super.init();
        getMarkupSettings().setStripWicketTags(true);
        // Encrypted URLs: the key must be the same on every node of the cluster.
        getSecuritySettings().setCryptFactory(new ICryptFactory() {
            public org.apache.wicket.util.crypt.ICrypt newCrypt() {
                SunJceCrypt crypt = new SunJceCrypt();
                crypt.setKey("Wk7#pQ2z!cityLibUrlKey"); // tfl-eval: hardcoded-credential
                return crypt;
            }
        });
        mountPage("/book/${isbn}", BookPage.class);
        mountPage("/login", SignInPage.class);
    }

    @Override
    protected Class<? extends AbstractAuthenticatedWebSession> getWebSessionClass() {
        return CatalogSession.class;
    }

    @Override
    protected Class<? extends WebPage> getSignInPageClass() {
        return SignInPage.class;
    }
}
