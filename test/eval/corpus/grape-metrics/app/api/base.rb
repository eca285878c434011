require "grape"

module Metrics
  class Base < Grape::API
    format :json
    logger Logger.new($stdout) # tfl-eval-not: file-logger

    http_basic do |username, password|
      username == "metrics" && password == "Maple6692!wlv" # tfl-eval: hardcoded-credential
    end

    helpers do
      def datadog
        @datadog ||= Dogapi::Client.new("17de325da271547d6dfb08c39172d65e", "c1e701da76574050704cba920ce140433896d909") # tfl-eval: hardcoded-credential
      end
    end

    get :health do
      { status: "ok" }
    end
  end
end
