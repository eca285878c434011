require "pony"

class Notifier
  def initialize(environment:)
    @environment = environment.to_s
  end

  def vote_cast(poll_id)
    Pony.mail(to: ENV.fetch("ADMIN_EMAIL"), subject: "New vote on poll #{poll_id}", **delivery)
  end

  private

  def delivery
    if @environment == "development"
      { via: :smtp, via_options: { address: "localhost", port: 1025 } }
    else
      { via: :smtp, via_options: { address: ENV.fetch("SMTP_HOST"), port: 587, user_name: ENV.fetch("SMTP_USER"), password: ENV.fetch("SMTP_PASSWORD") } }
    end
  end
end
