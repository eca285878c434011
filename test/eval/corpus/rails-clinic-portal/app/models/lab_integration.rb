class LabIntegration
  include HTTParty
  base_uri 'https://api.labcorp-partner.example.com'

  USERNAME = 'clinic-portal'.freeze
  PASSWORD = 'E5IcxwkOVC!HXWi'.freeze # tfl-eval: hardcoded-credential

  def initialize
    @auth = { username: USERNAME, password: PASSWORD }
  end

  def results(order_id)
    self.class.get("/orders/#{order_id}/results", basic_auth: @auth)
  end

  def hl7_feed
    self.class.get('/feed', headers: { 'X-Api-Key' => 'waw8xSGAi8F6YGY1vVqbmQhgSCdT5HY8cVlPi2iC' }) # tfl-eval: hardcoded-credential
  end

  def password_expired?(user)
    user.password_changed_at < 90.days.ago # tfl-eval-not: hardcoded-credential
  end
end
