class PasswordsController < ApplicationController
  def update
    user = User.find_by_token_for(:password_reset, params[:token])
    if user&.update(params.permit(:password, :password_confirmation))
      redirect_to new_session_path, notice: "Password has been reset."
    else
      redirect_to edit_password_path(params[:token]), alert: "Passwords did not match."
    end
  end
end
