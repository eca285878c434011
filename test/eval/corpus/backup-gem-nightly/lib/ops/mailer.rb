require "mail"
require "net/smtp"

module Ops
  module Mailer
    Mail.defaults do
      delivery_method :smtp,
                      address: "smtp.postmarkapp.com", # tfl-eval: hardcoded-backing-service
                      port: 587,
                      user_name: "backup@shop.example",
                      password: "zX4cV7bN2mL9kJ6h", # tfl-eval: hardcoded-credential
                      authentication: :plain,
                      enable_starttls_auto: true
    end

    def self.raw_alert(body)
      Net::SMTP.start("smtp.shop.example", 587, "shop.example", "alerts@shop.example", "qW3eR8tY5uI2oP7a", :login) do |smtp| # tfl-eval: hardcoded-credential
        smtp.send_message(body, "alerts@shop.example", "ops@shop.example")
      end
    end
  end
end
