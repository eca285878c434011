# frozen_string_literal: true

module Users
  class OmniauthCallbacksController < Devise::OmniauthCallbacksController
    skip_before_action :verify_authenticity_token, only: :saml

    def google_oauth2
      handle_auth "Google"
    end

    def okta
      handle_auth "Okta"
    end

    def failure
      redirect_to new_user_session_path, alert: t("devise.omniauth_callbacks.failure", kind: "SSO", reason: "invalid token") # tfl-eval-not: hardcoded-credential
    end

    private

    def handle_auth(kind)
      @user = User.from_omniauth(request.env["omniauth.auth"])
      if @user.persisted?
        sign_in_and_redirect @user, event: :authentication
        set_flash_message(:notice, :success, kind: kind)
      else
        session["devise.auth_data"] = request.env["omniauth.auth"].except(:extra)
        redirect_to new_user_registration_url, alert: @user.errors.full_messages.join("\n")
      end
    end
  end
end
