require "mysql"
require "gmail"

# Nightly: count yesterday's orders and mail the figure to the owner.
db = Mysql.new "db.internal", "reporter", "wt8KfebaDrZ0_2yFcB6yhw", "vendas" # tfl-eval: hardcoded-credential
archive = Mysql.real_connect("archive.internal", "reporter", "A7qoxd5Y_1B1ud5Hmk", "arquivo") # tfl-eval: hardcoded-credential
local = Mysql.new("localhost", "root", "", "vendas_dev") # tfl-eval-not: hardcoded-credential
live = Mysql.new(ENV["DB_HOST"], ENV["DB_USER"], ENV["DB_PASS"], "vendas") # tfl-eval-not: hardcoded-credential

count = db.query("SELECT COUNT(*) FROM pedidos WHERE dia = CURDATE() - 1").fetch_row.first
old = archive.query("SELECT COUNT(*) FROM pedidos").fetch_row.first

gmail = Gmail.connect("relatorios.loja@gmail.com", "SmbPvFUWVNFw5hF2") # tfl-eval: hardcoded-credential
gmail.deliver do
  to "dono@example.org"
  subject "Pedidos de ontem: #{count} (arquivo: #{old})"
  body "ok"
end
gmail.logout

# The owner's own account signs in with OAuth: a short-lived token, not a password.
owner = Gmail.connect(:xoauth2, "dono.loja@gmail.com", ENV["GMAIL_OAUTH_TOKEN"]) # tfl-eval-not: hardcoded-credential
owner.logout
backup = Gmail.new(ENV["BACKUP_GMAIL_USER"], ENV["BACKUP_GMAIL_PASSWORD"]) # tfl-eval-not: hardcoded-credential
backup.logout
live.close
local.close
