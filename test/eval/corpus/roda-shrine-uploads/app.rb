require "roda"
require_relative "config/shrine"

class App < Roda
  plugin :json
  plugin :sessions, secret: "ijJgavjy+1rmtJKQgtqGwKKj7zSsn3+tc1fSEFxGP9xNYM3KnHxOOcDq1xjl/bOEB405B2Y1vWh95KfSgoJY6g==" # tfl-eval: hardcoded-credential

  route do |r|
    r.on "presign" do
      r.get { Shrine.presign_response(:cache, env) }
    end
    r.get("health") { { ok: true } }
  end
end
