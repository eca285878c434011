class UsersController < ApplicationController
  def create
    @user = User.new(user_params)
    if @user.save
      redirect_to root_path, notice: "Welcome aboard!"
    else
      flash.now[:alert] = "Password is too short" # tfl-eval-not: hardcoded-credential
      render :new, status: :unprocessable_entity
    end
  end

  private

  def user_params
    params.require(:user).permit(:email, :name, :password, :password_confirmation) # tfl-eval-not: hardcoded-credential
  end
end
