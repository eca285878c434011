namespace :mailgun do
  desc "List bounces from the last day"
  task bounces: :environment do
    client = Mailgun::Client.new("ee8b688843e4fd92ee961802d45d7902-8dfcaf32-233dfe54", "api.eu.mailgun.net") # tfl-eval: hardcoded-credential
    puts client.get("mg.mailers.example.com/bounces").to_h
  end
end
