import jenkins.model.Jenkins
import hudson.security.HudsonPrivateSecurityRealm
import hudson.security.FullControlOnceLoggedInAuthorizationStrategy

def instance = Jenkins.get()

def realm = new HudsonPrivateSecurityRealm(false)
// Break-glass account for when the SSO provider is down.
realm.createAccount('breakglass', 'Vq7mNx2RkT9wLz4pHc8bJs3E') // tfl-eval: hardcoded-credential
realm.createAccount('admin', System.getenv('JENKINS_ADMIN_PASSWORD'))
instance.setSecurityRealm(realm)

def strategy = new FullControlOnceLoggedInAuthorizationStrategy()
strategy.setAllowAnonymousRead(false)
instance.setAuthorizationStrategy(strategy)
instance.save()
