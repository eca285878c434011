require "shrine"
require "shrine/storage/s3"

s3_options = {
  bucket: "roda-uploads-prod",
  region: "us-east-2",
  access_key_id: "AKIA5INQ7VLMXD7P6VAB", # tfl-eval: hardcoded-credential
  secret_access_key: "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", # tfl-eval: hardcoded-credential
}

Shrine.storages = {
  cache: Shrine::Storage::S3.new(prefix: "cache", **s3_options),
  store: Shrine::Storage::S3.new(**s3_options),
}
Shrine.plugin :activerecord
Shrine.plugin :presign_endpoint, presign_options: { method: :put }
