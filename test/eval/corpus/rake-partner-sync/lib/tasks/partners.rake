require 'net/ftp'
require 'net/sftp'
require 'csv'

namespace :partners do
  PARTNER_FTP_HOST = 'ftp.wholesale-partner.com'.freeze
  PARTNER_FTP_USER = 'acme_feed'.freeze
  PARTNER_FTP_PASSWORD = 'aoqvq008#MMQ8yqw'.freeze # tfl-eval: hardcoded-credential

  desc 'Download the nightly stock file from the wholesale partner'
  task pull_stock: :environment do
    Net::FTP.open(PARTNER_FTP_HOST, PARTNER_FTP_USER, PARTNER_FTP_PASSWORD) do |ftp| # tfl-eval-not: hardcoded-credential
      ftp.passive = true
      ftp.getbinaryfile('stock/latest.csv', Rails.root.join('tmp', 'stock.csv'))
    end
    StockImport.new(Rails.root.join('tmp', 'stock.csv')).call
  end

  desc 'Upload the order export to the logistics SFTP'
  task push_orders: :environment do
    Net::SFTP.start('sftp.logistics.example.net', 'acme', password: 'lIFeAck7BndWKY7i4e') do |sftp| # tfl-eval: hardcoded-credential
      sftp.upload!(OrderExport.new.to_file, "/inbound/orders-#{Date.current}.csv")
    end
  end

  desc 'Sync open issues from the partner repo'
  task sync_issues: :environment do
    client = Octokit::Client.new(access_token: 'ghp_WC8tdtH5GaHtM7REt1LTXfVezZKw9tPyAWob') # tfl-eval: hardcoded-credential
    client.issues('wholesale-partner/catalog').each { |issue| PartnerIssue.upsert_from(issue) }
  end

  desc 'Rotate the partner API password (prompts for the new one)'
  task rotate_password: :environment do
    print 'New partner password: ' # tfl-eval-not: hardcoded-credential
    password = $stdin.noecho(&:gets).chomp # tfl-eval-not: hardcoded-credential
    PartnerCredential.first.update!(password: password) # tfl-eval-not: hardcoded-credential
  end
end
