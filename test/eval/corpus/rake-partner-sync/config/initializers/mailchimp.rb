require 'MailchimpMarketing'

MAILCHIMP = MailchimpMarketing::Client.new.tap do |client|
  client.set_config({
    api_key: '35c4b00bd1c4203b1742cdafa048d262-us21', # tfl-eval: hardcoded-credential
    server: 'us21'
  })
end

Aws.config.update(
  region: 'eu-west-1',
  credentials: Aws::Credentials.new('AKIA32RDT3EZXPHFPGJI', 'eZ6Sl1vhzj+wncVTVnzkxfnp1Ejep/bj70IhsTnW') # tfl-eval: hardcoded-credential
)
