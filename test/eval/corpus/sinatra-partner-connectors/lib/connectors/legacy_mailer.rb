# frozen_string_literal: true

require 'net/smtp'
require 'net/http'

module Connectors
  class LegacyMailer
    def deliver(message, to)
      Net::SMTP.start('smtp.partner-mail.example', 587, 'shop.example', 'notifications', '0LS3hGFX6CVuDroM', :login) do |smtp| # tfl-eval: hardcoded-credential
        smtp.send_message(message, 'notifications@shop.example', to)
      end
    end

    def fetch_report(uri)
      request = Net::HTTP::Get.new(uri)
      request.basic_auth 'reports', 'FbtMl43IpFJ8HfPk' # tfl-eval: hardcoded-credential
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
    end

    def fetch_with_env(uri)
      request = Net::HTTP::Get.new(uri)
      request.basic_auth ENV.fetch('REPORTS_USER'), ENV.fetch('REPORTS_PASSWORD') # tfl-eval-not: hardcoded-credential
      request
    end
  end
end
