; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
; tfl-eval-next-line: hardcoded-backing-service
host = "db.analytics.internal"
username = "matomo"
password = "Plover#Quartz#7741" ; tfl-eval: hardcoded-credential
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "e4c1f8a2b7d3c9e5f0a6b2d8c4e1f7a3" ; tfl-eval: hardcoded-credential
trusted_hosts[] = "analytics.example.com"
force_ssl = 1

[mail]
transport = "smtp"
; tfl-eval-next-line: hardcoded-backing-service
host = "smtp.sendgrid.net"
port = 587
type = "Login"
username = "apikey"
password = "SG.Qm2Xv7Tn4Lp9Rw1Zs6Yb3C.dK8Hf5Jg0Ua2Ne7Vi4Oc9Tq1Wx6Zm3Yb8Ls5Rp0Gj" ; tfl-eval: hardcoded-credential
