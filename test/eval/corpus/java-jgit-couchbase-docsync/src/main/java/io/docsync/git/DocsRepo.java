package io.docsync.git;

import java.io.File;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

public final class DocsRepo {
    private DocsRepo() {}

    public static Git cloneDocs(File dir) throws Exception {
        return Git.cloneRepository()
            .setURI("https://git.docsync.example/handbook.git")
            .setDirectory(dir)
            .setCredentialsProvider(new UsernamePasswordCredentialsProvider("docsync-bot", "v41lAhizgQiqtS39v256z1xQt0uJ4gBhMzF7Uodh")) // tfl-eval: hardcoded-credential
            .call();
    }

    public static void push(Git git) throws Exception {
        git.push()
            .setCredentialsProvider(new UsernamePasswordCredentialsProvider("docsync-bot", System.getenv("DOCS_GIT_TOKEN"))) // tfl-eval-not: hardcoded-credential
            .call();
    }
}
