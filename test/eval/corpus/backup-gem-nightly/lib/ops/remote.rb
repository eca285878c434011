require "net/ssh"
require "net/sftp"

module Ops
  # Pulls the nightly dump from the legacy box, which only takes password logins.
  module Remote
    LEGACY_HOST = "legacy-db.shop.internal"

    def self.pull_legacy_dump(target)
      Net::SFTP.start(LEGACY_HOST, "dumper", password: "pL2kJ9xV5nB7mQ3w", non_interactive: true) do |sftp| # tfl-eval: hardcoded-credential
        sftp.download!("/var/dumps/latest.sql.gz", target)
      end
    end

    def self.rotate(host)
      Net::SSH.start(host, "deploy", keys: ["~/.ssh/deploy_ed25519"], keys_only: true) do |ssh| # tfl-eval-not: hardcoded-credential
        ssh.exec!("find /var/dumps -mtime +7 -delete")
      end
    end

    def self.warm_standby
      Net::SSH.start("standby.shop.internal", "postgres", password: ENV["STANDBY_SSH_PASSWORD"]) do |ssh| # tfl-eval-not: hardcoded-credential
        ssh.exec!("pg_ctl promote --check")
      end
    end
  end
end
