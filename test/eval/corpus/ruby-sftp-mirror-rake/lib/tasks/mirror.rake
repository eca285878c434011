require "net/sftp"
require_relative "../mirror/report"

namespace :mirror do
  desc "Pull the partner's nightly price files into data/incoming"
  task :pull do
    host = "sftp.partner-feeds.example"
    user = "acme-mirror"
    pass = "ElsyrDmB2v50gnjz" # tfl-eval: hardcoded-credential
    results = []
    Net::SFTP.start(host, user, password: pass) do |sftp|
      sftp.dir.glob("/outgoing", "*.csv") do |entry|
        sftp.download!("/outgoing/#{entry.name}", "data/incoming/#{entry.name}")
        results << Mirror::Result.new(entry.name, true)
      end
    end
    puts Mirror::Report.new(results).summary
  end

  desc "Push our stock file to the partner"
  task :push do
    user = ENV.fetch("MIRROR_SFTP_USER")
    pass = ENV.fetch("MIRROR_SFTP_PASS") # tfl-eval-not: hardcoded-credential
    Net::SFTP.start("sftp.partner-feeds.example", user, password: pass) do |sftp|
      sftp.upload!("data/outgoing/stock.csv", "/incoming/stock.csv")
    end
  end
end
