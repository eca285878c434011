require "grape"
require "logger"

module Shop
  class API < Grape::API
    format :json
    logger Logger.new(File.expand_path("../log/api.log", __dir__))  # tfl-eval: file-logger

    CARTS = {}  # tfl-eval: memory-session-store

    helpers do
      def current_user_id
        env["warden"].user.id
      end
    end

    post :cart do
      CARTS[current_user_id] ||= []
      CARTS[current_user_id] << params[:sku]
      { items: CARTS[current_user_id].size }
    end
  end
end
