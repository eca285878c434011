module Kennel
  class App < Padrino::Application
    register Padrino::Mailer
    register Padrino::Helpers
    enable :sessions

    set :delivery_method, :smtp => {
      :address              => "smtp.mailgun.org", # tfl-eval: hardcoded-backing-service
      :port                 => 587,
      :user_name            => "postmaster@mg.kennel.example.com",
      :password             => "746e1a50807e9cefb528a4b32613323b-2e7d3866-27738d48", # tfl-eval: hardcoded-credential
      :authentication       => :plain,
      :enable_starttls_auto => true
    }

    get :index do
      @dogs = Dog.available.order(:name)
      render 'dogs/index'
    end

    post :login do
      account = Account.authenticate(params[:email], params[:password]) # tfl-eval-not: hardcoded-credential
      halt 401, 'Invalid email or password' unless account # tfl-eval-not: hardcoded-credential
      session[:account_id] = account.id
      redirect url(:index)
    end
  end
end
