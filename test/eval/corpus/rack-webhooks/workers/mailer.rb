require "mail"
require "logger"

Mail.defaults do
  delivery_method :smtp, {
    address: "smtp.postmarkapp.com",
    port: 587,
    user_name: "baef1c3a-f08d-47ab-9fdb-e6d9658bdc2b", # tfl-eval: hardcoded-credential
    password: "9c2c367b-a9d0-4b48-be8e-c5cb8c799d0d", # tfl-eval: hardcoded-credential
    authentication: :cram_md5
  }
end

MAIL_LOG = Logger.new(STDERR) # tfl-eval-not: file-logger
