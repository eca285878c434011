package io.ingest.share;

import jcifs.CIFSContext;
import jcifs.context.SingletonContext;
import jcifs.smb.NtlmPasswordAuthenticator;
import jcifs.smb.SmbFile;

public final class Shares {
    private Shares() {}

    public static SmbFile inbox() throws Exception {
        NtlmPasswordAuthenticator auth = new NtlmPasswordAuthenticator("CORP", "svc-ingest", "d8lVuT5lGYytGW%8"); // tfl-eval: hardcoded-credential
        CIFSContext ctx = SingletonContext.getInstance().withCredentials(auth);
        return new SmbFile("smb://fs03.corp.internal/ingest/inbox/", ctx);
    }

    public static SmbFile guest() throws Exception {
        CIFSContext ctx = SingletonContext.getInstance().withGuestCrendentials();
        return new SmbFile("smb://fs03.corp.internal/public/", ctx); // tfl-eval-not: hardcoded-credential
    }
}
