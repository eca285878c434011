require 'thor'
require 'net/ssh'
require 'octokit'
require 'pagerduty'

module Opsctl
  class CLI < Thor
    GITHUB_TOKEN = 'ghp_G8Ie6PXpP9hfv0V94sGoGwVR6Uk16rvyOfxd' # tfl-eval: hardcoded-credential
    PAGERDUTY_ROUTING_KEY = '5ad0d03de0c03ed7064ea75e1e5b14c2' # tfl-eval: hardcoded-credential
    BASTION = 'bastion.ops.acme.io'

    def self.exit_on_failure? = true

    desc 'restart SERVICE', 'Restart a systemd service on every app host'
    option :hosts, type: :array, default: %w[app1 app2 app3]
    def restart(service)
      options[:hosts].each do |host|
        Net::SSH.start(host, 'ops', password: '5zqNqqDvWcY3Z5ny', proxy: Net::SSH::Proxy::Jump.new("ops@#{BASTION}")) do |ssh| # tfl-eval: hardcoded-credential
          say ssh.exec!("sudo systemctl restart #{service}")
        end
      end
    end

    desc 'release TAG', 'Tag a release and open the changelog PR'
    def release(tag)
      github = Octokit::Client.new(access_token: GITHUB_TOKEN)
      github.create_ref('acme/platform', "tags/#{tag}", github.ref('acme/platform', 'heads/main').object.sha)
      say "Tagged #{tag}", :green
    end

    desc 'page MESSAGE', 'Trigger a PagerDuty incident'
    def page(message)
      Pagerduty.build(integration_key: PAGERDUTY_ROUTING_KEY, api_version: 2)
               .trigger(summary: message, source: 'opsctl', severity: 'critical')
    end

    desc 'login', 'Ask for the vault password and cache a token'
    def login
      password = ask('Vault password:', echo: false) # tfl-eval-not: hardcoded-credential
      token = Vault.auth.userpass(ENV.fetch('USER'), password).auth.client_token
      File.write(File.expand_path('~/.opsctl-token'), token, perm: 0o600)
    end
  end
end
