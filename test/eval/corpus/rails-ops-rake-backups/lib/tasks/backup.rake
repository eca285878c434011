require "open3"

namespace :backup do
  desc "Dump the primary database and push it to the offsite bucket"
  task dump: :environment do
    stamp = Time.now.utc.strftime("%Y%m%d%H%M")
    `pg_dump "postgres://backup:Wq3nV8cLz5tYy1PdKm2R@db-primary.acme.internal:5432/shop" -Fc -f /tmp/shop-#{stamp}.dump` # tfl-eval: hardcoded-credential
    sh "aws s3 cp /tmp/shop-#{stamp}.dump s3://acme-backups/shop/"
  end

  desc "Dump the legacy MySQL reporting schema"
  task legacy: :environment do
    out = %x(mysqldump -u reporting -pHv7LmR2qT9wKx4Zn legacy_reports) # tfl-eval: hardcoded-credential
    File.write("/tmp/legacy.sql", out)
  end

  desc "Dump with the password from the environment"
  task safe: :environment do
    `PGPASSWORD="$BACKUP_DB_PASSWORD" pg_dump -h db-primary.acme.internal -U backup shop -Fc -f /tmp/shop.dump` # tfl-eval-not: hardcoded-credential
    system("mysqldump", "-u", "reporting", "-p#{ENV.fetch('REPORTING_DB_PASSWORD')}", "legacy_reports") # tfl-eval-not: hardcoded-credential
  end

  desc "Copy dumps to the NAS"
  task nas: :environment do
    Open3.capture2e("sshpass", "-p", "Lk9Jh3Gf6Ds2AqWe", "scp", "/tmp/shop.dump", "backup@nas.acme.internal:/volume1/backups/") # tfl-eval: hardcoded-credential
    Open3.capture2e("scp", "-P", "2222", "/tmp/shop.dump", "backup@nas.acme.internal:/volume1/backups/") # tfl-eval-not: hardcoded-credential
  end
end
