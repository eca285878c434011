CarrierWave.configure do |config|
  config.fog_credentials = {
    provider: "AWS",
    aws_access_key_id: "AKIAHRQTHOQ6C53UTYAG",  # tfl-eval: hardcoded-credential
    aws_secret_access_key: "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",  # tfl-eval: hardcoded-credential
    region: "eu-central-1"
  }
  config.fog_directory = "shop-uploads"
end
