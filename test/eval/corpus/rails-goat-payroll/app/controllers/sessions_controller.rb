class SessionsController < ApplicationController
  skip_before_action :authenticated, only: [:new, :create]

  def create
    user = User.authenticate(params[:email], params[:password])
    if user
      session[:user_id] = user.id
      redirect_to home_dashboard_index_path
    else
      flash[:error] = "Incorrect username or password"
      render "new"
    end
  end
end
