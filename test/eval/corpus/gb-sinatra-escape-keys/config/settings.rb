require 'cgi'
require 'base64'

module Settings
  SMTP_PASSWORD = CGI.escape('kK4EWSYydLIsaY0Y') # tfl-eval: hardcoded-credential
  API_KEY = Base64.strict_encode64('Dnxn5otcMUBYlXF4') # tfl-eval: hardcoded-credential
  ENV_PASSWORD = CGI.escape(ENV.fetch('SMTP_PASSWORD', '')) # tfl-eval-not: hardcoded-credential
  SEARCH = CGI.escape('summer sale') # tfl-eval-not: hardcoded-credential
end
