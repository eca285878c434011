# frozen_string_literal: true

require "mechanize"
require "excon"
require "rest-client"
require "mail"

module Scraper
  class Portal
    PORTAL_URL = "https://supplier-portal.example.com"

    def agent
      @agent ||= Mechanize.new.tap do |agent|
        agent.add_auth(PORTAL_URL, "acme-buyer", "k9Fv2Qw7Zx4Lp1Mn") # tfl-eval: hardcoded-credential
      end
    end

    def prices
      Excon.new("https://prices.example.com", user: "acme", password: "Tz8Wq3Mn6Bv1KcPo").get(path: "/v2/latest") # tfl-eval: hardcoded-credential
    end

    def archive
      RestClient::Resource.new("https://archive.example.com/api", user: "acme", password: ENV.fetch("ARCHIVE_PASSWORD"))
    end

    def legacy
      username, password = "acme-legacy", "Hr5Yd2Jk8Pw4GsQz" # tfl-eval: hardcoded-credential
      RestClient::Resource.new("https://legacy.example.com", username, password)
    end

    def self.configure_mail
      Mail.defaults do
        delivery_method :smtp, address: "smtp.example.com", port: 587, user_name: "scraper@example.com", password: "OLUzpyRgVCzB6Lk" # tfl-eval: hardcoded-credential
      end
    end
  end
end
