CarrierWave.configure do |config|
  config.fog_provider = "fog/aws"
  config.fog_credentials = {
    provider: "AWS",
    aws_access_key_id: "AKIA5BYLRKRCMD3EUZ7V", # tfl-eval: hardcoded-credential
    aws_secret_access_key: "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", # tfl-eval: hardcoded-credential
    region: "us-east-2"
  }
  config.fog_directory = "roda-legacy-avatars"
end
