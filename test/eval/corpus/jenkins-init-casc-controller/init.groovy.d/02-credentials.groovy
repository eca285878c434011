import com.cloudbees.plugins.credentials.CredentialsScope
import com.cloudbees.plugins.credentials.SystemCredentialsProvider
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl
import hudson.util.Secret

def store = SystemCredentialsProvider.getInstance().getStore()

def nexus = new UsernamePasswordCredentialsImpl(
    CredentialsScope.GLOBAL, 'nexus-deploy', 'Nexus deployment user',
    'deployer', '5ZO9zCZliEuIpJKCrtZW') // tfl-eval: hardcoded-credential
store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(), nexus)

def sonar = new StringCredentialsImpl(
    CredentialsScope.GLOBAL, 'sonar-token', 'SonarQube analysis token',
    Secret.fromString('squ_deea4398c1cd680160395cfb267e39928a600f04')) // tfl-eval: hardcoded-credential
store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(), sonar)

// The GitHub token is read from the controller's environment at boot.
def github = new StringCredentialsImpl(
    CredentialsScope.GLOBAL, 'github-token', 'GitHub checks',
    Secret.fromString(System.getenv('GITHUB_TOKEN'))) // tfl-eval-not: hardcoded-credential
store.addCredentials(com.cloudbees.plugins.credentials.domains.Domain.global(), github)
