namespace :admin do
  task create: :environment do
    User.create!(email: "ops@shop.example.com", password: "EAyAefZkNOYgH5_Fwo", admin: true)  # tfl-eval: hardcoded-credential
  end
end
