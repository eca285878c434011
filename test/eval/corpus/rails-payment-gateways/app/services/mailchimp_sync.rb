# frozen_string_literal: true

class MailchimpSync
  def client
    MailchimpMarketing::Client.new.tap do |c|
      c.set_config(api_key: "7cdd1e28f239a674bd36feb787dad2bb-us21", server: "us21") # tfl-eval: hardcoded-credential
    end
  end
end
