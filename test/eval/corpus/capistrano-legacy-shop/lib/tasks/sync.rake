namespace :legacy do
  desc "Pull orders from the legacy MySQL"
  task pull: :environment do
    LegacySync.new.mysql.query("SELECT id FROM orders WHERE synced = 0").each { |row| puts row["id"] }
  end
end
