require 'sinatra'
require 'jwt'

SESSION_TOKEN_KEY = 'kiosk_session_token' # tfl-eval-not: hardcoded-credential
HMAC_SECRET = 'WBZOr_gm9It1R_UJenPTVPTRJvP34GS4' # tfl-eval: hardcoded-credential

post '/login' do
  token = JWT.encode({ sub: params[:user] }, HMAC_SECRET, 'HS256')
  response.set_cookie(SESSION_TOKEN_KEY, value: token, httponly: true)
  204
end

get '/me' do
  token = request.cookies[SESSION_TOKEN_KEY]
  halt 401 unless token
  JWT.decode(token, HMAC_SECRET, true, algorithm: 'HS256').first.to_json
end
