namespace :dev do
  desc "Sample data for local development"
  task prime: "db:setup" do
    include FactoryBot::Syntax::Methods
    create(:admin, email: "owner@adminkit.dev", password: "owner-dev-password") # tfl-eval-not: hardcoded-credential
  end
end
