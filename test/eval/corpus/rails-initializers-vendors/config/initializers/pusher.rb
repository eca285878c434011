require "pusher"

Pusher.app_id = "1873456"
Pusher.key = "9f3c2a7e51d84b6c9e0f" # tfl-eval-not: hardcoded-credential
Pusher.secret = "b2tCvb!pmNVM#s8Gu1x9" # tfl-eval: hardcoded-credential
Pusher.cluster = "eu"
Pusher.encrypted = true
