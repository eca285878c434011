module HarbourClub
  class App < Padrino::Application
    register Padrino::Mailer
    register Padrino::Helpers
    enable :sessions

    set :delivery_method, :smtp => {
      :address              => "smtp.postmarkapp.com", # tfl-eval: hardcoded-backing-service
      :port                 => 587,
      :user_name            => ENV["POSTMARK_API_TOKEN"],
      :password             => ENV["POSTMARK_API_TOKEN"],
      :authentication       => :plain,
      :enable_starttls_auto => true
    }

    get :index do
      @berths = Berth.available.order(:number)
      render "berths/index"
    end
  end
end
