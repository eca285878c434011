require 'aws-sdk-sqs'
require 'aws-sdk-s3'

Aws.config.update(
  region: 'us-east-1',
  credentials: Aws::Credentials.new('AKIAIM2HIO444KRLVPRK', 'GZDasS454okw7k6+Uninb+6v5nFIpwTUe7E/Gg2Q') # tfl-eval: hardcoded-credential
)

Shoryuken.configure_server do |config|
  config.sqs_client = Aws::SQS::Client.new(endpoint: ENV.fetch('SQS_ENDPOINT', nil))
end
