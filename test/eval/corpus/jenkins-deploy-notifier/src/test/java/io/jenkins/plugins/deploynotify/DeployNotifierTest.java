package io.jenkins.plugins.deploynotify;

import hudson.model.FreeStyleProject;
import hudson.util.Secret;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

import static org.junit.Assert.assertEquals;

public class DeployNotifierTest {

    @Rule
    public JenkinsRule jenkins = new JenkinsRule();

    @Test
    public void roundTripsTheToken() throws Exception {
        FreeStyleProject project = jenkins.createFreeStyleProject();
        DeployNotifier notifier = new DeployNotifier("http://localhost:9999");
        notifier.setApiToken(Secret.fromString("test-token-0451")); // tfl-eval-not: hardcoded-credential
        project.getPublishersList().add(notifier);
        project = jenkins.configRoundtrip(project);
        DeployNotifier saved = project.getPublishersList().get(DeployNotifier.class);
        assertEquals("test-token-0451", Secret.toString(saved.effectiveToken()));
    }
}
