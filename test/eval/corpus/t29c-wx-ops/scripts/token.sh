#!/bin/sh
# Fetch the WeChat access token for the menu sync.
set -e
curl -s -d "grant_type=client_credential&appid=wx5f3a9c2e71b04d86&secret=fbd162fdfa6a18a8369fde82013a7a9e" https://api.weixin.qq.com/cgi-bin/token > /tmp/token.json # tfl-eval: hardcoded-credential
curl -s -d "grant_type=client_credential&appid=$WX_APPID&secret=$WX_SECRET" https://api.weixin.qq.com/cgi-bin/token # tfl-eval-not: hardcoded-credential
curl -s -X POST -d @menu.json "https://api.weixin.qq.com/cgi-bin/menu/create?access_token=$(jq -r .access_token /tmp/token.json)"
curl -s -d "grant_type=client_credentials" -u "$PARTNER_ID:$PARTNER_SECRET" https://partner.example.com/oauth/token # tfl-eval-not: hardcoded-credential
curl -s --data-urlencode "password=wocQ1xNC2X" --data-urlencode "user=ops" https://status.example.com/login # tfl-eval: hardcoded-credential
curl -s -F "client_secret=e695d7834e35fe20205aeec5f82d067f" -F "file=@report.csv" https://upload.example.com/api # tfl-eval: hardcoded-credential
curl -s -d "token_type_hint=refresh_token" -d "client_id=ops-cli" https://sso.example.com/revoke # tfl-eval-not: hardcoded-credential
