class HealthController < ApplicationController
  skip_before_action :authenticate_user!

  def show
    render json: { status: "ok", version: ENV.fetch("GIT_SHA", "dev") }
  end
end
