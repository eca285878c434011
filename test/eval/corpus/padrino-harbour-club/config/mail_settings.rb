# Settings of the club's bulk mailer (newsletters go out through SendGrid).
NEWSLETTER_SMTP = {
  address: "smtp.sendgrid.net", # tfl-eval: hardcoded-backing-service
  port: 587,
  domain: "harbour-club.example.org",
  user_name: "apikey",
  password: ENV.fetch("SENDGRID_API_KEY"),
  authentication: :plain
}.freeze

REPLY_TO = { address: "secretary@harbour-club.example.org" }.freeze # tfl-eval-not: hardcoded-backing-service
