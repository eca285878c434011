require "pusher"

Pusher.app_id = "1782345"
Pusher.key = "c2a69ebfce92bcc1bb10" # tfl-eval-not: hardcoded-credential
Pusher.secret = "3b3e00c7355ffada0740" # tfl-eval: hardcoded-credential
Pusher.cluster = "eu"
Pusher.encrypted = true
