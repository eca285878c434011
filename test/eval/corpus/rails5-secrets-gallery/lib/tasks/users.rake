namespace :users do
  desc "Create the first admin from ADMIN_EMAIL and ADMIN_PASSWORD"
  task create_admin: :environment do
    User.create!(email: ENV.fetch("ADMIN_EMAIL"), password: ENV.fetch("ADMIN_PASSWORD"), role: User::ROLE_ADMIN)
  end
end
