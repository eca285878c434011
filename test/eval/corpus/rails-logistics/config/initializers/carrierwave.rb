CarrierWave.configure do |config|
  config.fog_provider = 'fog/aws'
  config.fog_credentials = {
    provider: 'AWS',
    aws_access_key_id: 'AKIAVJQHT6IZQCZCK7RZ', # tfl-eval: hardcoded-credential
    aws_secret_access_key: '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', # tfl-eval: hardcoded-credential
    region: 'eu-central-1'
  }
  config.fog_directory = 'logistics-uploads'
end
