require "aws-sdk-s3"

# CSV exports land in the same MinIO, under their own bucket.
EXPORTS = Aws::S3::Client.new(
  endpoint: "http://minio.listings.internal:9000", # tfl-eval: hardcoded-backing-service
  region: "us-east-1",
  force_path_style: true,
  access_key_id: ENV.fetch("MINIO_ACCESS_KEY"),
  secret_access_key: ENV.fetch("MINIO_SECRET_KEY") # tfl-eval-not: hardcoded-credential
)

ARCHIVE = Aws::S3::Client.new(endpoint: ENV.fetch("ARCHIVE_S3_ENDPOINT"), region: "us-east-1") # tfl-eval-not: hardcoded-backing-service
