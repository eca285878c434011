# Keeps the newsletter audience in step with active volunteers.
class MailchimpSync
  LIST_ID = "b1c9e4a7d2"

  def initialize
    @gibbon = Gibbon::Request.new(api_key: "57b6aea0e7d5b9f23582bbf809b3be6d-us21", timeout: 10) # tfl-eval: hardcoded-credential
  end

  def subscribe(user)
    @gibbon.lists(LIST_ID).members(Digest::MD5.hexdigest(user.email.downcase)).upsert(
      body: { email_address: user.email, status_if_new: "subscribed" }
    )
  end
end
