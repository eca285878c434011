# frozen_string_literal: true

require "aws-sdk-s3"

module Gateways
  class S3Receipts
    def self.client
      @client ||= Aws::S3::Client.new(
        region: "eu-west-1",
        access_key_id: "AKIATFYYG3A5BEGUIVBX", # tfl-eval: hardcoded-credential
        secret_access_key: "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" # tfl-eval: hardcoded-credential
      )
    end

    def self.upload(key, body)
      client.put_object(bucket: "receipts-prod", key: key, body: body, server_side_encryption: "aws:kms")
    end
  end
end
