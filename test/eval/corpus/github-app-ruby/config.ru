require_relative "lib/github_app"
require "sinatra/base"

class WebhookApp < Sinatra::Base
  post "/webhooks" do
    GithubApp.verify_webhook!(request.body.read, request.env["HTTP_X_HUB_SIGNATURE_256"])
    status 204
  end
end

run WebhookApp
