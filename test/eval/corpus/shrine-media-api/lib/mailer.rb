# frozen_string_literal: true

require 'mail'

Mail.defaults do
  delivery_method :smtp,
                  address: 'smtp.mailgun.org', # tfl-eval: hardcoded-backing-service
                  port: 587,
                  user_name: 'postmaster@mg.lumen-media.io',
                  password: '646538dff7928d8cba8d7a4badc8f098-ddc232ea-de29836e', # tfl-eval: hardcoded-credential
                  authentication: :plain,
                  enable_starttls_auto: true
end

module Mailer
  def self.password_changed(to)
    Mail.deliver do
      from 'accounts@lumen-media.io'
      to to
      subject 'Your password was changed' # tfl-eval-not: hardcoded-credential
      body "If this wasn't you, reset your password right away." # tfl-eval-not: hardcoded-credential
    end
  end
end
