class SessionsController < Devise::SessionsController
  rate_limit to: 10, within: 3.minutes, only: :create

  def create
    super do |user|
      Rails.logger.info("sign-in user_id=#{user.id}")
    end
  end
end
