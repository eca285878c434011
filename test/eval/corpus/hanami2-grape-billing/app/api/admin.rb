require "grape"

module Billing
  class AdminAPI < Grape::API
    format :json

    http_basic do |username, password|
      username == "finance" && password == "w.2.nHOC8SOHWbDm" # tfl-eval: hardcoded-credential
    end

    get :invoices do
      { invoices: [] }
    end
  end
end
