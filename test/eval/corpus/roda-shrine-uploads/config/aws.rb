require "aws-sdk-s3"

Aws.config.update(
  region: "us-east-2",
  credentials: Aws::Credentials.new("AKIAEQTOGNSI3Y43YI6R", "FLJPOr30ZZFd6YQynzEq2PM13beN2IC6JrXGOjMJ") # tfl-eval: hardcoded-credential
)

ARCHIVE = Aws::S3::Client.new(
  region: "eu-central-1",
  access_key_id: ENV.fetch("ARCHIVE_ACCESS_KEY_ID"), # tfl-eval-not: hardcoded-credential
  secret_access_key: ENV.fetch("ARCHIVE_SECRET_ACCESS_KEY") # tfl-eval-not: hardcoded-credential
)
