CarrierWave.configure do |config|
  config.fog_provider = 'fog/aws'
  config.fog_credentials = {
    provider: 'AWS',
    aws_access_key_id: 'AKIASK6D2BSYRVAG7LLK', # tfl-eval: hardcoded-credential
    aws_secret_access_key: ENV.fetch('AWS_SECRET_ACCESS_KEY'), # tfl-eval-not: hardcoded-credential
    region: 'us-east-1'
  }
  config.fog_directory = 'classifieds-uploads'
end
