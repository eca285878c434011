require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-1",
  credentials: Aws::Credentials.new(ENV.fetch("AWS_ACCESS_KEY_ID"), "R1yXt7w6DGTEosFO/QnaZkRxt5YLP/BP1Dd7Erft") # tfl-eval: hardcoded-credential
)

CAMPAIGN_BUCKET = "crowdfund-campaign-media"
