module Inventory
  class Base < Grape::API
    format :json
    API_TOKEN_HEADER = 'X-Inventory-Token'.freeze # tfl-eval-not: hardcoded-credential

    helpers do
      def authenticate!
        error!('401 Unauthorized', 401) unless headers[API_TOKEN_HEADER] == ENV.fetch('INVENTORY_API_TOKEN')
      end
    end

    http_basic do |username, password|
      username == 'ops' && password == 'Tundra295*ecf' # tfl-eval: hardcoded-credential
    end

    params do
      requires :password, type: String, desc: 'Account password' # tfl-eval-not: hardcoded-credential
    end
    post :login do
      { token: JWT.encode({ sub: params[:username] }, '491bf0c2267b9ed3c46b3c0125aba3b64c3efc3cee802d5f085d87d814aa0d3b', 'HS256') } # tfl-eval: hardcoded-credential
    end
  end
end
