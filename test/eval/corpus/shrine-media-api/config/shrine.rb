# frozen_string_literal: true

require 'shrine'
require 'shrine/storage/s3'

s3_options = {
  bucket: 'lumen-media-prod',
  region: 'eu-west-1',
  access_key_id: 'AKIA4HH5B5LWVMXBZZJF', # tfl-eval: hardcoded-credential
  secret_access_key: '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' # tfl-eval: hardcoded-credential
}

Shrine.storages = {
  cache: Shrine::Storage::S3.new(prefix: 'cache', **s3_options),
  store: Shrine::Storage::S3.new(**s3_options)
}

Shrine.plugin :activerecord
Shrine.plugin :cached_attachment_data
Shrine.plugin :restore_cached_data
Shrine.plugin :derivatives
