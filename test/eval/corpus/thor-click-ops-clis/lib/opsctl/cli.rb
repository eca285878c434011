require "thor"
require "optparse"

module Opsctl
  class CLI < Thor
    class_option :api_token, type: :string, default: ENV["OPSCTL_API_TOKEN"], desc: "API token (or OPSCTL_API_TOKEN)"
    class_option :verbose, type: :boolean, default: false

    desc "backup DB", "Dump a database to the archive bucket"
    method_option :db_password, type: :string, desc: "database password (prompted when missing)"
    method_option :archive_secret, type: :string, default: "UIiqxs6gaCk54dDNLicwWQ6Lcr0w" # tfl-eval: hardcoded-credential
    def backup(db)
      password = options[:db_password] || ask("Password for #{db}:", echo: false)
      say "backing up #{db} (#{password.empty? ? 'no password' : 'password set'})"
    end
  end

  def self.legacy_options(argv)
    options = { host: "localhost", token: ENV.fetch("OPSCTL_TOKEN", nil), hmac_key: "1aa8352ce9dcc8a5e0b39bfd5b881aa1" } # tfl-eval: hardcoded-credential
    OptionParser.new do |opts|
      opts.banner = "Usage: opsctl-legacy [options]"
      opts.on("--token TOKEN", "API token") { |v| options[:token] = v }
      opts.on("--password PASSWORD", "Password for the console") { |v| options[:password] = v }
    end.parse!(argv)
    options
  end
end
