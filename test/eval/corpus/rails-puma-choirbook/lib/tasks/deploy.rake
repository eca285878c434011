namespace :deploy do
  desc "Run on the release host before restarting puma"
  task release: :environment do
    Rake::Task["db:migrate"].invoke # tfl-eval-not: startup-migration
  end
end
