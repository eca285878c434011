module Api
  module V1
    class AuthenticationController < ApplicationController
      skip_before_action :authorize_request, only: :authenticate

      def authenticate
        auth_token = AuthenticateUser.new(auth_params[:email], auth_params[:password]).call # tfl-eval-not: hardcoded-credential
        json_response(auth_token: auth_token)
      end

      private

      def auth_params
        params.permit(:email, :password) # tfl-eval-not: hardcoded-credential
      end
    end
  end
end
