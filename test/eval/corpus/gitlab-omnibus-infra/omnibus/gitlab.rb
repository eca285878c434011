## GitLab configuration settings
##! Managed by ansible (roles/gitlab/templates) -- edit there, not on the box.

external_url 'https://git.northwind-infra.net'

gitlab_rails['time_zone'] = 'Europe/Berlin'
gitlab_rails['gitlab_email_from'] = 'git@northwind-infra.net'

### Email Settings
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.mailgun.org" # tfl-eval: hardcoded-backing-service
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "postmaster@mg.northwind-infra.net"
gitlab_rails['smtp_password'] = "7e4e4f75d79eca4960b280a718789c3e-546f22cb-207cb61e" # tfl-eval: hardcoded-credential
gitlab_rails['smtp_domain'] = "mg.northwind-infra.net"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true

### LDAP Settings
gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'Northwind LDAP',
    'host' => 'ldap.northwind-infra.net',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'bind_dn' => 'CN=svc-gitlab,OU=Service,DC=northwind,DC=net',
    'password' => 'Ld4p-B1nd-gitlab!', # tfl-eval: hardcoded-credential
    'encryption' => 'simple_tls',
    'base' => 'OU=People,DC=northwind,DC=net'
  }
}

### GitLab database settings
gitlab_rails['db_adapter'] = "postgresql"
gitlab_rails['db_host'] = "pg-gitlab.northwind-infra.net" # tfl-eval: hardcoded-backing-service
gitlab_rails['db_username'] = "gitlab"
gitlab_rails['db_password'] = "Gl-pg-ub51YqAKfWlP" # tfl-eval: hardcoded-credential
postgresql['enable'] = false

gitlab_rails['initial_root_password'] = File.read('/run/secrets/gitlab_root_password').strip # tfl-eval-not: hardcoded-credential

### OmniAuth
gitlab_rails['omniauth_allow_single_sign_on'] = ['github']
gitlab_rails['omniauth_providers'] = [
  {
    name: "github",
    app_id: "Iv1.ac39b51cad935817",
    app_secret: "67d16ca9c05ea440bed9065cd431694c98688343", # tfl-eval: hardcoded-credential
    args: { scope: "user:email" }
  }
]

### Container registry
registry_external_url 'https://registry.northwind-infra.net'
registry['storage'] = {
  's3' => {
    'accesskey' => 'AKIAXC4GOVDTTF6X6KJP', # tfl-eval: hardcoded-credential
    'secretkey' => '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', # tfl-eval: hardcoded-credential
    'bucket' => 'northwind-registry',
    'region' => 'eu-central-1'
  }
}

nginx['redirect_http_to_https'] = true
letsencrypt['enable'] = true
