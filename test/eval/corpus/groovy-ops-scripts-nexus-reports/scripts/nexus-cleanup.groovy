// Nexus Repository script API: deletes snapshot components older than 30 days.
import org.sonatype.nexus.repository.storage.Query

def config = [
    nexusUrl : 'https://nexus.internal.example',
    username : 'cleanup-bot',
    password : 'Tz9mVq3wLk7xRb2N', // tfl-eval: hardcoded-credential
    retention: 30,
]

def ldap = [host: 'ldap.internal.example', bindDn: 'cn=nexus,ou=svc,dc=example,dc=com', bindPassword: 'Kp4nWx8zTq2vLc6M'] // tfl-eval: hardcoded-credential
def labels = [password: 'Password', token: 'API token'] // tfl-eval-not: hardcoded-credential
def auth = "${config.username}:${System.getenv('NEXUS_PASSWORD')}".bytes.encodeBase64().toString() // tfl-eval-not: hardcoded-credential

log.info("cleaning snapshots older than ${config.retention} days at ${config.nexusUrl}")
