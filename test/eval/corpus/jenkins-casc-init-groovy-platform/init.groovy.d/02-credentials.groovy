import com.cloudbees.plugins.credentials.CredentialsScope
import com.cloudbees.plugins.credentials.SystemCredentialsProvider
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl
import hudson.util.Secret

def store = SystemCredentialsProvider.getInstance().getStore()

store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(),
    new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'nexus-deploy', 'Nexus deployment user', 'deployer', 'Rz5wQv8nKc2mXt7pLb4hJs9D')) // tfl-eval: hardcoded-credential

store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(),
    new StringCredentialsImpl(CredentialsScope.GLOBAL, 'sonar-token', 'SonarQube token', Secret.fromString('squ_3f9a1c07d5b48b2a6e4c8d0f2b7a9e1c5d3b8a06'))) // tfl-eval: hardcoded-credential

store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(),
    new StringCredentialsImpl(CredentialsScope.GLOBAL, 'slack-token', 'Slack bot token', Secret.fromString(new File('/run/secrets/slack_token').text.trim())))

store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(),
    new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'registry', 'Registry', System.getenv('REGISTRY_USER'), System.getenv('REGISTRY_PASSWORD')))
