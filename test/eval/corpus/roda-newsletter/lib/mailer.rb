require 'postmark'

module Mailer
  CLIENT = Postmark::ApiClient.new('6dee6b1c-773b-66e1-df1f-4333cc657149') # tfl-eval: hardcoded-credential
  FROM = 'newsletter@example.com'.freeze

  def self.deliver(to, subject, body)
    CLIENT.deliver(from: FROM, to: to, subject: subject, html_body: body)
  end
end
