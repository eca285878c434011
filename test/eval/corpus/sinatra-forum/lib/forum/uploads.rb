require 'aws-sdk-s3'

module Forum
  Uploads = Aws::S3::Client.new(
    region: 'us-east-1',
    access_key_id: 'AKIAZY27N2TIEJFQAEDP', # tfl-eval: hardcoded-credential
    secret_access_key: ENV['AWS_SECRET_ACCESS_KEY']
  )

  GITHUB = Octokit::Client.new(access_token: 'ghp_v5gxIBxzCHmLhphsGr1t6CtaDTJIu0EudwjU') # tfl-eval: hardcoded-credential
  TWILIO = Twilio::REST::Client.new('AC08d102c0d5e1d9f841959f03384e6eb0', '5b9920bd0e257ba38c6f25c25b36bd09') # tfl-eval: hardcoded-credential
end
