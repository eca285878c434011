; <?php exit; // DO NOT DELETE ?>
; DO NOT DELETE THE ABOVE LINE!!!
; Doing so will expose this configuration file through your web site!
; Please note that this file is not used until you rename it to config.inc.php

;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
;
; config.inc.php
;
; OJS Configuration settings, University Press instance.
;
;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;

[general]
installed = On
base_url = "https://journals.press.example.edu"
session_cookie_name = OJSSID
session_lifetime = 30
time_zone = "Europe/Berlin"
allowed_hosts = '["journals.press.example.edu"]'

[database]
driver = mysqli
host = localhost
username = ojs
; tfl-eval-next-line: hardcoded-credential
password = 6BCw5A0Js2qwZ9jLNNY6fPNs
name = ojs
; Enable database debug output (very verbose!)
debug = Off

[cache]
object_cache = none
memcache_hostname = localhost
memcache_port = 11211

[security]
force_ssl = On
force_login_ssl = On
session_check_ip = On
encryption = sha1
; The unique salt to use for generating password reset hashes
; tfl-eval-next-line: hardcoded-credential
salt = "B3U4VztL4uSHFny1CmINdz13JYlC5ZA6"
; The unique secret used for encoding and decoding API keys
; tfl-eval-next-line: hardcoded-credential
api_key_secret = "1rBvGRZMQHvhk3QyLrbeUMbgbLbeC0hC"
reset_seconds = 7200
allowed_html = "a[href|target|title],em,strong,cite,code,ul,ol,li[class],dl,dt,dd,b,i,u,img[src|alt],sup,sub,br,p"

[email]
; Use SMTP for sending mail instead of mail()
smtp = On
smtp_server = smtp.press.example.edu
smtp_port = 587
smtp_auth = tls
smtp_username = ojs-notices
; tfl-eval-next-line: hardcoded-credential
smtp_password = QYvNxNm6w3mGDA4i90k4gwOB
; smtp_password = your-smtp-password
allow_envelope_sender = Off
default_envelope_sender = journals@press.example.edu

[captcha]
recaptcha = on
recaptcha_public_key = 6LcB8xQpAAAAAHk2m7NwYt4Zb9PqRc3eLs5uVx1D
; tfl-eval-next-line: hardcoded-credential
recaptcha_private_key = 6LcB8xQpAAAAAMx4Kw9nYt2Zb7QmHc5eRs8uVj3P
recaptcha_enforce_hostname = Off

[oai]
oai = On
repository_id = journals.press.example.edu

[interface]
items_per_page = 25
page_links = 10

[queues]
job_runner = On
