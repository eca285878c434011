CarrierWave.configure do |config|
  config.fog_credentials = {
    provider: "AWS",
    aws_access_key_id: "AKIAYAMHT2KFPZ3YPXUN", # tfl-eval: hardcoded-credential
    aws_secret_access_key: "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", # tfl-eval: hardcoded-credential
    region: "eu-west-1"
  }
  config.fog_directory = "photo-desk-uploads"
  config.fog_public = false
end
