require "savon"
require "fog/aws"
require "net/ssh"
require "net/imap"
require "redis"
require "sequel"
require "mongo"
require "slack-ruby-client"
require "httparty"
require "rest-client"
require "elasticsearch"

module Clients
  module_function

  def customs
    Savon.client(
      wsdl: "https://customs-gw.partner.example/CustomsService?wsdl",
      basic_auth: ["acme_freight", "Rewt0OL-w#TMHI"], # tfl-eval: hardcoded-credential
      log: false,
    )
  end

  def storage
    Fog::Storage.new(
      provider: "AWS",
      aws_access_key_id: "AKIA2SEJVV4F2EMQ44EE", # tfl-eval: hardcoded-credential
      aws_secret_access_key: "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", # tfl-eval: hardcoded-credential
      region: "eu-west-1",
    )
  end

  def run_remote(host, command)
    Net::SSH.start(host, "deploy", password: "DltoGtUj.fbWtL1", non_interactive: true) do |ssh| # tfl-eval: hardcoded-credential
      ssh.exec!(command)
    end
  end

  def bounces
    imap = Net::IMAP.new("imap.acme-freight.example", port: 993, ssl: true)
    imap.login("bounces@acme-freight.example", "-jzgm3nB1NL#!EtJ") # tfl-eval: hardcoded-credential
    imap.select("INBOX")
    imap.search(["UNSEEN"])
  end

  def redis
    @redis ||= Redis.new(url: ENV.fetch("REDIS_URL"), password: "hi9M21M1PWeYe720pKdP3PyGtBUCAi6I") # tfl-eval: hardcoded-credential
  end

  def db
    @db ||= Sequel.connect("postgres://console:EA71yaAJvhCQ579tPA@db.acme-freight.internal/console") # tfl-eval: hardcoded-credential, hardcoded-backing-service
  end

  def shipments
    @shipments ||= Mongo::Client.new(ENV.fetch("MONGO_HOSTS").split(","), database: "tracking", user: "console", password: "ealM2xwKhuam4fQc") # tfl-eval: hardcoded-credential
  end

  def slack
    @slack ||= Slack::Web::Client.new(token: "xoxb-048560398517-9975810980033-qDCQ4sUP5JuQW8aAiWhi44lM") # tfl-eval: hardcoded-credential
  end

  def carrier_rates(zip)
    HTTParty.get("https://api.carrier.example/v2/rates", query: { zip: zip }, basic_auth: { username: "acme", password: "BT-2mYbLKE5MFSNUZ4" }) # tfl-eval: hardcoded-credential
  end

  def billing
    RestClient::Resource.new("https://billing.partner.example/api", user: "acme-freight", password: "BMbNQ1lPmTg2wKl0", timeout: 10) # tfl-eval: hardcoded-credential
  end

  def search
    Elasticsearch::Client.new(url: ENV.fetch("ES_URL"), user: "console", password: ENV.fetch("ES_PASSWORD")) # tfl-eval-not: hardcoded-credential
  end

  def mail_ops(subject, body)
    Pony.mail(to: "ops@acme-freight.example", subject: subject, body: body)
  end
end
