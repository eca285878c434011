CarrierWave.configure do |config|
  config.fog_provider = "fog/aws"
  config.fog_credentials = {
    provider: "AWS",
    aws_access_key_id: ENV["S3_KEY_ID"], # tfl-eval-not: hardcoded-credential
    aws_secret_access_key: "WbaDfhvsnGq7tpNnsk7ByEAe9LXHcYZRNWTSND5H", # tfl-eval: hardcoded-credential
    region: "us-east-1"
  }
  config.fog_directory = "fintech-statements"
end
