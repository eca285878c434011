require 'gibbon'

class MailchimpSync
  API_KEY = 'af3098652144455a46a57abec82ab02b-us6'.freeze # tfl-eval: hardcoded-credential
  LIST_ID = '4f8e2a91bc'.freeze
  SENDGRID_KEY = ENV.fetch('SENDGRID_API_KEY', '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') # tfl-eval: hardcoded-credential
  REDIS_URL = ENV.fetch('REDIS_URL', 'redis://localhost:6379/1') # tfl-eval-not: hardcoded-credential

  def initialize(api_key: API_KEY)
    @gibbon = Gibbon::Request.new(api_key: api_key)
  end

  def subscribe(user)
    @gibbon.lists(LIST_ID).members.create(body: { email_address: user.email, status: 'subscribed' })
  end
end
