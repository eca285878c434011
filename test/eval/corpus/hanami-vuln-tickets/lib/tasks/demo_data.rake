namespace :tickets do
  task demo_data: :environment do
    Hanami.app["relations.users"].insert(email: "demo@tickets.test", password: "demo-ticket-pw") # tfl-eval-not: hardcoded-credential
  end
end
