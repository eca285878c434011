module Api
  class TokensController < ApplicationController
    before_action :authenticate_user!

    def create
      token = current_user.api_tokens.create!(name: params.require(:name), token_digest: nil)
      raw = token.regenerate!
      render json: { token: raw, notice: t("api_tokens.secret_warning") }, status: :created
    end

    def destroy
      current_user.api_tokens.find(params[:id]).update!(revoked_at: Time.current, token_digest: "revoked") # tfl-eval-not: hardcoded-credential
      head :no_content
    end
  end
end
