package io.jenkins.plugins.deploynotify;

import hudson.Extension;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Notifier;
import hudson.tasks.Publisher;
import hudson.util.FormValidation;
import hudson.util.Secret;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

import java.io.IOException;

public class DeployNotifier extends Notifier implements SimpleBuildStep {

    // Shared account of the release dashboard; teams can override it per job.
    private static final String DASHBOARD_API_TOKEN = "rd_7f3c9a1e5b2d48c6a0e4f91b3d7c25e8"; // tfl-eval: hardcoded-credential
    private static final String TOKEN_PARAMETER = "apiToken"; // tfl-eval-not: hardcoded-credential

    private final String dashboardUrl;
    private Secret apiToken;
    private String credentialsId;

    @DataBoundConstructor
    public DeployNotifier(String dashboardUrl) {
        this.dashboardUrl = dashboardUrl;
    }

    @DataBoundSetter
    public void setApiToken(Secret apiToken) {
        this.apiToken = apiToken;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    Secret effectiveToken() {
        if (apiToken != null && !Secret.toString(apiToken).isEmpty()) {
            return apiToken;
        }
        return Secret.fromString(DASHBOARD_API_TOKEN);
    }

    @Override
    public void perform(Run<?, ?> run, hudson.FilePath workspace, Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException {
        DashboardClient client = new DashboardClient(dashboardUrl, effectiveToken());
        client.publish(run.getParent().getFullName(), run.getNumber(), String.valueOf(run.getResult()));
        listener.getLogger().println("[deploy-notify] reported build " + run.getNumber());
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.DeployNotifier_DisplayName();
        }

        public FormValidation doCheckApiToken(@QueryParameter String value) {
            if (value == null || value.isEmpty()) {
                return FormValidation.warning(Messages.DeployNotifier_ApiTokenMissing());
            }
            return FormValidation.ok();
        }
    }
}
