# encoding: utf-8

# Backup v5 model: `backup perform -t nightly --root-path .`
Model.new(:nightly, "Shop database and uploads") do
  split_into_chunks_of 250

  database PostgreSQL do |db|
    db.name     = "shop_production"
    db.username = "backup"
    db.password = "Vq7mZ3xT9cR2wL5n" # tfl-eval: hardcoded-credential
    db.host     = "pg-primary.shop.internal" # tfl-eval: hardcoded-backing-service
    db.port     = 5432
  end

  archive :uploads do |archive|
    archive.add "/srv/shop/shared/public/uploads"
  end

  compress_with Gzip

  encrypt_with OpenSSL do |encryption|
    encryption.password = "Hb4nQ8sX2kV7pM9tY6wR" # tfl-eval: hardcoded-credential
    encryption.base64   = true
    encryption.salt     = true
  end

  store_with S3 do |s3|
    s3.access_key_id     = "AKIAMEUDMTOPRXL7AN3F" # tfl-eval: hardcoded-credential
    s3.secret_access_key = "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" # tfl-eval: hardcoded-credential
    s3.region            = "eu-central-1"
    s3.bucket            = "shop-backups"
    s3.keep              = 30
  end

  store_with SFTP do |server|
    server.username = "offsite"
    server.password = ENV.fetch("OFFSITE_SFTP_PASSWORD") # tfl-eval-not: hardcoded-credential
    server.ip       = "offsite.backup-partner.example"
    server.path     = "~/shop"
  end

  notify_by Mail do |mail|
    mail.on_success     = false
    mail.on_failure     = true
    mail.from           = "backup@shop.example"
    mail.to             = "ops@shop.example"
    mail.address        = "smtp.postmarkapp.com" # tfl-eval: hardcoded-backing-service
    mail.port           = 587
    mail.user_name      = "backup@shop.example"
    mail.password       = "cN6vB3xZ8qW1eR4t" # tfl-eval: hardcoded-credential
    mail.authentication = "plain"
  end
end
