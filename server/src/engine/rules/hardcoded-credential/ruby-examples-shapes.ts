// Ruby shapes: OmniAuth provider secrets, digit-only passwords, and the spec values, state words
// and symbols that stay silent. Generated values.
import type { Examples } from '../../rule';

export const rubyShapeExamples: Examples = {
  valid: [
    {
      name: "a cache's set with a block, and Capistrano settings that hold no credential or read the environment",
      path: 'config/deploy.rb',
      code: `set_default(:mysql_user) { "deployer" }
set(:db_password) { ENV.fetch("DB_PASSWORD") }
Rails.cache.set(:api_token) { "Lm3pQ8vT2xR7wK9z" }
`,
    },
    {
      name: "parameter defaults that are no key: an env read, nil then the environment, a cache prefix; a constant no signer uses",
      path: 'lib/coupon_tokens.rb',
      code: `module CouponTokens
  PREFIX = "coupon:v3"

  def self.decode(token, key = ENV.fetch("COUPONS_JWT_SECRET"))
    JWT.decode(token, key, true, algorithm: "HS256").first
  end

  def self.verify(body, signature, key: nil)
    key ||= ENV.fetch("COUPONS_WEBHOOK_SECRET")
    OpenSSL::HMAC.hexdigest("SHA256", key, body) == signature
  end

  def self.cache_key(id, key: "coupon:v3")
    "#{key}:#{id}"
  end
end
`,
    },
    {
      name: 'parallel names that hold no secret, a shell command without a secret, a password from the environment, a login by reference',
      path: 'lib/scraper/portal.rb',
      code: `host, port = "portal.example.com", "443"
command %(cd /srv/app && bundle exec rake assets:precompile)
system("export RAILS_ENV=production && bin/rails db:migrate")
username, password = "acme", ENV.fetch("PORTAL_PASSWORD")
agent.add_auth(PORTAL_URL, "acme-buyer", ENV.fetch("PORTAL_PASSWORD"))
`,
    },
    {
      name: 'commands whose secrets come from the environment, and a port after -P',
      path: 'lib/tasks/backup.rake',
      code: `\`PGPASSWORD="$BACKUP_DB_PASSWORD" pg_dump -h db.example.com -U backup shop\`
system("mysqldump", "-u", "reporting", "-p#{ENV.fetch('REPORTING_DB_PASSWORD')}", "legacy")
IO.popen(["curl", "-u", "ops-bot:#{ENV.fetch('STATUS_PASSWORD')}", "https://status.example.com/api"], &:read)
Open3.capture2e("scp", "-P", "2222", "/tmp/shop.dump", "backup@nas.example.com:/backups/")
`,
    },
    {
      name: "a table's primary_key, attr_encrypted's key from the environment, whenever's env of a PATH or a mail address",
      path: 'config/schedule.rb',
      code: `self.primary_key = "uuid"
attr_encrypted :notes, key: ENV.fetch("NOTES_KEY")
env :PATH, ENV["PATH"]
env "MAILTO", "ops@acme.example"
`,
    },
    {
      name: "a shell heredoc that reads its secrets from the environment, and a SQL heredoc",
      path: 'Vagrantfile',
      code: `Vagrant.configure("2") do |config|
  config.vm.provision "shell", env: { "DB_PASSWORD" => ENV.fetch("DB_PASSWORD") }, inline: <<~SHELL
    mysql -uroot -p"$DB_PASSWORD" -e "create database app"
    echo "export RAILS_ENV=production" >> /home/vagrant/.bashrc
  SHELL
end
QUERY = <<~SQL
  SELECT id FROM users WHERE password_reset_token IS NOT NULL
SQL
`,
    },
    {
      name: "a basic-auth pair read from the environment, a two-member array of roles, i18n keys under password-named keys",
      path: 'lib/clients.rb',
      code: `customs = Savon.client(wsdl: WSDL, basic_auth: [ENV.fetch("CUSTOMS_USER"), ENV.fetch("CUSTOMS_PASSWORD")])
acl = { roles: ["admin", "editor"] }
labels = { password: "devise.passwords.updatedNotActive", token: "errors.messages.tokenIdInvalid" }
`,
    },
    {
      name: "a middleware registry's pairs of class symbol and file under auth keys (Faraday)",
      path: 'lib/faraday/request.rb',
      code: `register_middleware File.expand_path('request', __dir__),
                    basic_auth: [:BasicAuthentication, 'basic_authentication'],
                    token_auth: [:TokenAuthentication, 'token_authentication']
`,
    },
    {
      name: 'a generated one-time-password seed, and words after an id',
      path: 'lib/two_factor.rb',
      code: 'totp = ROTP::TOTP.new(ROTP::Base32.random, issuer: "Portal")\nflow = OAuthFlow.start(client_id, "profile")\n',
    },
    {
      name: 'request values by key compared with states, each other and the environment',
      path: 'app/controllers/sessions_controller.rb',
      code: 'class SessionsController < ApplicationController\n  def create\n    return if params[:password] == params[:password_confirmation]\n    return if params[:grant_type] == "password"\n    return if ENV["API_KEY"] == "changeme"\n    head :unauthorized unless request.headers["X-Api-Key"] == ENV.fetch("API_KEY")\n  end\nend\n',
    },
    {
      name: "an anonymous bind (empty password), and a user's password checked by has_secure_password",
      path: 'lib/bridge/directory.rb',
      code: 'ldap.auth "cn=reader,ou=svc,dc=corp,dc=example", ""\nuser.authenticate(params[:password])\n',
    },
    {
      name: 'a JSON literal whose password field is a placeholder',
      path: 'lib/partner.rb',
      code: "SAMPLE = '{\"username\": \"svc\", \"password\": \"changeme\"}'\n",
    },
    {
      name: 'a pass with no user beside it is no password (a result hash); a pass read from the environment',
      path: 'lib/bridge/amqp.rb',
      code: 'expect(result).to eq(pass: "ok", failures: 0)\nBunny.new(user: "bridge", pass: ENV.fetch("AMQP_PASSWORD"))\n',
    },
    {
      name: "a client built from its servers' addresses (Dalli's memcached list), not from a token",
      path: 'config/initializers/dalli.rb',
      code: 'CACHE = Dalli::Client.new(["memcached-1.shop.internal:11211", "10.0.4.12:11211"], namespace: "shop")\nKAFKA = Kafka.new("kafka-0.kafka.svc:9092", client_id: "shop")\n',
    },
    {
      name: 'a map of the names options go by',
      path: 'plugins/provisioners/ansible/base.rb',
      code: 'ANSIBLE_PARAMETER_NAMES = {\n  ansible_password: "ansible_ssh_pass",\n  ask_become_pass: "ask-sudo-pass",\n}\n',
    },
    {
      name: 'the bounds of a 128-bit hash key range',
      path: 'lib/aws/requests/kinesis/create_stream.rb',
      code: 'shard = { "HashKeyRange" => { "StartingHashKey" => "0", "EndingHashKey" => "340282366920938463463374607431768211455" } }\n',
    },
    {
      name: 'basic auth with an empty password and a user name that is no key: a login, an env read',
      path: 'app/services/ats_sync.rb',
      code: 'req.basic_auth "reports", ""\nreq.basic_auth ENV.fetch("GREENHOUSE_API_TOKEN"), ""\n',
    },
    {
      name: 'lookups whose key names no secret or whose default is a placeholder, packed data that is no key',
      path: 'app/controllers/profiles_controller.rb',
      code: "name = params.fetch(:name, 'anonymous-user-2024')\ntoken = options.fetch(:token) { '' }\npassword = CONFIG.fetch(:password, 'changeme')\nbytes = ['4a6f686e'].pack('H*')\n",
    },
    {
      name: 'values a spec passes to see a credential refused',
      path: 'spec/lib/client_spec.rb',
      code: "describe Client do\n  let(:client) { Client.new(client_id: 'abc', client_secret: \"invalid\") }\n  let(:other) { Client.new(password: 'wrong') }\nend\n",
    },
    {
      name: 'state comparisons, symbols, numbers that are no password, OmniAuth from ENV',
      path: 'app/models/user.rb',
      code: `class User < ApplicationRecord
  def reset?
    password == 'reset' || token == 'pending'
  end

  def mark
    self.token = :pending
  end

  PASSWORD_MIN_LENGTH = 12
end

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :github, ENV['GITHUB_KEY'], ENV['GITHUB_SECRET']
end
`,
    },
    {
      name: "logins fed from ENV, a login without a password, Devise's commented-out pepper",
      path: 'lib/tasks/import.rake',
      code: "ftp = Net::FTP.new(host)\nftp.login('shop', ENV.fetch('FTP_PASSWORD'))\nsign_in_as(user)\nlogin(user)\n# config.pepper = '247e6e0c3a3da81caee25ddd338086708bdc5a0bb3004e1c58bc9bfeab4acbe3'\n",
    },
    {
      name: 'storage keys, public keys and credentials from ENV in clients',
      path: 'lib/geo_client.rb',
      code: "TOKEN_KEY = 'auth_token_storage_key_v2'\nMAPBOX_PUBLIC_KEY = 'pk9Xa2Lm4Qr7Ts1Vw3Yz5Bc8De0Fg2Hi'\nRestClient::Resource.new(BASE, 'geo', ENV.fetch('GEO_PASSWORD'))\nconn.request :authorization, :basic, 'geo', ENV.fetch('GEO_PASSWORD')\n",
    },
    {
      name: "a key of digits only is an account number (Cloudinary's api_key beside its api_secret)",
      path: 'config/initializers/cloudinary.rb',
      code: "Cloudinary.config do |c|\n  c.cloud_name = 'recipes'\n  c.api_key = '515331564331481'\n  c.api_secret = ENV.fetch('CLOUDINARY_API_SECRET')\nend\n",
    },
    {
      name: 'SMTP and FTP logins from ENV',
      path: 'lib/mailer.rb',
      code: "Net::SMTP.start(HOST, 587, 'example.com', 'shop', ENV.fetch('SMTP_PASSWORD'), :plain)\nftp = Net::FTP.new(HOST, 'shop', ENV.fetch('FTP_PASSWORD'))\n",
    },
    {
      name: 'clients built from a URL, a region, or the environment',
      path: 'lib/clients.rb',
      code: "REDIS = Redis::Client.new('redis://localhost:6379')\nS3 = Aws::S3::Client.new(region: 'eu-west-1')\nMAIL = Postmark::ApiClient.new(ENV.fetch('POSTMARK_API_TOKEN'))\n",
    },
    {
      name: "a request's non-credential headers from constants, a header from the environment",
      path: 'app/clients/listing_feed.rb',
      code: `ACCEPT = "application/json"\nHTTParty.get(URL, headers: { "Accept" => ACCEPT, "X-Api-Key" => ENV.fetch("PORTAL_KEY") })\n`,
    },
    {
      name: "a scheme or a user agent kept in a constant, an env-read token after a scheme, a non-credential key written to a hash",
      path: 'app/services/payout_gateway.rb',
      code: `SCHEME = "Bearer".freeze\nUSER_AGENT = "payouts/2.3"\nREGION = "eu-west-1"\nrequest["Authorization"] = "#{SCHEME} #{ENV.fetch('PAYOUT_TOKEN')}"\nf.headers["User-Agent"] = USER_AGENT\nsettings["region"] = REGION\n`,
    },
    {
      name: "a stub token sent as a header in a spec",
      path: 'spec/payout_gateway_spec.rb',
      code: `STUB_TOKEN = "spec-transfer-token"\nstub_request(:post, /payout/).with(headers: { "Authorization" => "Bearer #{STUB_TOKEN}" })\n`,
    },
  ],
  invalid: [
    {
      name: "Capistrano recipes' settings: set_default's value and a lazy setting's block value (probe21c m)",
      path: 'config/recipes/mysql.rb',
      code: `set_default(:mysql_host, "localhost")
set_default(:mysql_user) { "deployer" }
set_default(:mysql_password) { ⟦"Jq7vXm2RtL9wKp4z"⟧ }
set(:smtp_password) { ⟦"Hx5nQw8TzR2mLk6v"⟧ }
`,
    },
    {
      name: "a constant named for nothing sent as a request's credential header",
      path: 'app/clients/listing_feed.rb',
      code: `PORTAL = ⟦"aLXxpQmQMwX_rE0Dk2Pz"⟧\nHTTParty.get(URL, headers: { "X-Api-Key" => PORTAL })\n`,
    },
    {
      name: "constants named for nothing (frozen too) sent after an authorization scheme, written to a Net::HTTP request or a Faraday builder's headers, in a HEADERS hash",
      path: 'app/services/payout_gateway.rb',
      code: `TRANSFERWISE = ⟦"mPH9OD6KA5fcIc1J3oTNPxtjxWruh3fl"⟧.freeze
LEDGERLY = ⟦"XL3CpNxBU80cL0IZd0dxCuegwLvAMe4w"⟧
RATES = ⟦"jOvZuF75t1Qwp4Tfgw9HC68vmLCRmNrB"⟧
KYCO = ⟦"oGND6hnt7doMA1N295m7nN1wH1fMy4A6"⟧
GEO = ⟦"fj4FuSWnWddvGF1Cfljo9FeFNINfVdQt"⟧
HEADERS = { "X-Api-Key" => GEO }.freeze
request["Authorization"] = "Bearer #{TRANSFERWISE}"
HTTParty.get(URL, headers: { "Authorization" => "Token " + LEDGERLY })
Faraday.new(url: URL) { |f| f.headers["X-Api-Key"] = RATES }
Faraday.new(url: URL, headers: { "Authorization" => "Bearer #{KYCO}" })
`,
    },
    {
      name: "a constant and parameter defaults (positional, keyword) named for nothing, used as a JWT or HMAC key",
      path: 'lib/coupon_tokens.rb',
      code: `module CouponTokens
  K = ⟦"cT6mWq9xNz3pLv7bRk2hSd5f"⟧

  def self.encode(payload, key = ⟦"Bn3vXk8qTm6wZp2rHc9jLd4s"⟧)
    JWT.encode(payload, key, "HS256")
  end

  def self.sign(body, key: ⟦"Wq5nLz2xRv8mKt3pJc6bHs9d"⟧)
    OpenSSL::HMAC.hexdigest("SHA256", key, body)
  end

  def self.sign_partner(body)
    OpenSSL::HMAC.hexdigest("SHA256", K, body)
  end
end
`,
    },
    {
      name: "a password assigned in parallel, Mechanize's add_auth by position, an export in a command string (Mina's command, SSHKit's execute)",
      path: 'config/deploy.rb',
      code: `username, password = "acme-legacy", ⟦"Hr5Yd2Jk8Pw4GsQz"⟧
agent.add_auth("https://portal.example.com", "acme-buyer", ⟦"k9Fv2Qw7Zx4Lp1Mn"⟧)
command %(export SCRAPER_DB_PASSWORD="⟦Vn3Cx7Bz1Qa9LwXe⟧")
execute "export API_TOKEN=⟦Tz8Wq3Mn6Bv1KcPoLs0b⟧ && bin/sync"
`,
    },
    {
      name: "Active Record Encryption's keys (a primary_key under encryption is key material), attr_encrypted's key:, whenever's env in config/schedule.rb",
      path: 'config/initializers/encryption.rb',
      code: `config.active_record.encryption.primary_key = ⟦"Qm3vT8xK2pLw9RzN4sYb7HcE1qT5uJ3o"⟧
attr_encrypted :insurance_number, key: ⟦"9f3a1c7e5b2d4f6a8c0e1b3d5f7a9c2e9f3a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"⟧
env "BACKUP_S3_SECRET", ⟦"Zm4nV8xK2pLw9RzN4sYb7HcE1qT5uJ3oD6fG0hIa"⟧
`,
    },
    {
      name: 'commands a Ruby program runs: backticks, %x(), Open3 and IO.popen command lines, argument vectors',
      path: 'lib/tasks/backup.rake',
      code: `\`pg_dump "postgres://backup:⟦Wq3nV8cLz5tYy1PdKm2R⟧@db.example.com/shop" -Fc -f /tmp/shop-#{stamp}.dump\`
out = %x(mysqldump -u reporting -p⟦Hv7LmR2qT9wKx4Zn⟧ legacy)
system("docker", "login", "-u", "ci", "-p", "⟦Rz8xK3mQw5Nv2LtY⟧", "registry.example.com")
IO.popen(["curl", "-u", "ops-bot:⟦Tq2mXv9Rk4Lp7NwZ⟧", "https://status.example.com/api/#{id}"], &:read)
Open3.capture2("curl -H 'Authorization: ⟦OAuth 8d4f2a6c-1b3e-4f7a-9c5d-2e8b7a1f0c39⟧' https://api.statuspage.io/v1/pages/#{page}/incidents")
`,
    },
    {
      name: "a heredoc named for the shell script it holds (Vagrant's inline provisioner, Chef's bash code): read as a shell reads it",
      path: 'Vagrantfile',
      code: `Vagrant.configure("2") do |config|
  config.vm.provision "shell", inline: <<~SHELL
    mysql -uroot -p⟦Kq8vLm2Wz8RtPx⟧ -e "create database app"
    echo "export RAILS_MASTER_KEY=⟦9f3a1c7e5b2d4f6a8c0e1b3d5f7a9c2e⟧" >> /home/vagrant/.bashrc
  SHELL
end
`,
    },
    {
      name: "Savon's basic_auth pair (the password, not the user), and a generated password with a dot in it (no key's name is so written)",
      path: 'lib/clients.rb',
      code: `customs = Savon.client(wsdl: WSDL, basic_auth: ["acme_freight", ⟦"Rewt0OLqw3TMHI"⟧])
Net::SSH.start(host, "deploy", password: ⟦"DltoGtUj.fbWtL1"⟧, non_interactive: true) { |ssh| ssh.exec!(cmd) }
`,
    },
    {
      name: "a one-time-password seed (ROTP), and the literal after an app's generated key id (Razorpay.setup), as Go, JVM and PHP read it",
      path: 'config/initializers/payments.rb',
      code: 'Razorpay.setup("rzp_live_8bEni5fND3QZqM", ⟦"IE1GJyP1njbQjLPQgyTBJHwF"⟧)\nBREAK_GLASS = ROTP::TOTP.new(⟦"KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD"⟧, issuer: "Portal")\n',
    },
    {
      name: "a literal compared with a request value read by a credential-named key (params[:password], request.headers[…], params.fetch)",
      path: 'app/controllers/webhooks_controller.rb',
      code: 'class WebhooksController < ApplicationController\n  def create\n    head :unauthorized unless request.headers["X-Api-Key"] == ⟦"Qv7Lm2Xr9TkW4nZpHs3B"⟧\n    head :forbidden if params.fetch(:token) != ⟦"Rt5yHq2Lm8XvK3wPzN6c"⟧\n  end\nend\n',
    },
    {
      name: "Net::LDAP's bind login: `auth dn, '…'`",
      path: 'lib/bridge/directory.rb',
      code: 'ldap = Net::LDAP.new(host: "ldap-ro", port: 389)\nldap.auth "cn=reader,ou=svc,dc=corp,dc=example", ⟦"hVCUiNgmzV82a1US"⟧\n',
    },
    {
      name: 'a JSON body written as one literal: its password field',
      path: 'lib/partner.rb',
      code: "BODY = '{\"username\": \"svc\", \"password\": \"⟦Hs7dJ2kL9pQ4wE6r⟧\"}'\n",
    },
    {
      name: "a pass beside a user (Bunny's connection options, a hash), as in JS and PHP",
      path: 'lib/bridge/amqp.rb',
      code: 'Bunny.new(host: "rabbitmq", user: "bridge", pass: ⟦"mQ7OTqCAnfjRse7w"⟧)\nLEGACY = { username: "legacy", pass: ⟦"9Pw8qPDoDDZu3be3"⟧ }\n',
    },
    {
      name: "a constant-time compare with a credential name on the other side: Rack::Auth::Basic's secure_compare",
      path: 'config/initializers/sidekiq_web.rb',
      code: "Sidekiq::Web.use Rack::Auth::Basic do |user, password|\n  ActiveSupport::SecurityUtils.secure_compare(user, 'admin') &&\n    ActiveSupport::SecurityUtils.secure_compare(password, ⟦'x7Vs4bQjzoJX8RdHBplI'⟧)\nend\n",
    },
    {
      name: 'the same compare with both sides hashed first (the shape Sidekiq documents): the literal is still the password',
      path: 'config/initializers/sidekiq.rb',
      code: 'Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|\n  Rack::Utils.secure_compare(::Digest::SHA256.hexdigest(user), ::Digest::SHA256.hexdigest("ops")) &\n    Rack::Utils.secure_compare(::Digest::SHA256.hexdigest(password), ::Digest::SHA256.hexdigest(⟦"Vq8Lm2Xr5KtW9nHz"⟧))\nend\n',
    },
    {
      name: "an OAuth app's secret after its id: Koala's Facebook OAuth",
      path: 'config/initializers/facebook.rb',
      code: "FACEBOOK_OAUTH = Koala::Facebook::OAuth.new('kliCDjo3KPmMx0dXtRbF', ⟦'b83e14fe2623460a598053e810c38405'⟧, 'https://podcasts.example.com/auth/facebook/callback')\n",
    },
    {
      name: "a config lookup's default under a credential key, by argument or block, and a key decoded with pack('H*')",
      path: 'config/initializers/services.rb',
      code: `token = settings.fetch(:github_token, ⟦'c94dd2d054ba8d481b0c'⟧)
password = CONFIG.fetch('db_password') { ⟦'6a1eb896f8754861f8d6'⟧ }
ENCRYPTOR = ActiveSupport::MessageEncryptor.new([⟦'b5c761ed9577330a43f7832ffb42ef34be9f44fa50f8847b1303fc817a2e5dd8'⟧].pack('H*'))
`,
    },
    {
      name: "an API client built from one generated literal (Postmark's UUID server token, a bot token)",
      path: 'lib/clients.rb',
      code: "MAIL = Postmark::ApiClient.new(⟦'2ba73024-f132-4d1c-9416-4a320396b8f3'⟧)\nBOT = Telegram::Bot::Client.new(⟦'FNSjrosALDi2aSq4JUXQWJERaDk5fR'⟧)\n",
      messageIncludes: ['API token', '_API_TOKEN'],
    },
    {
      name: "Net::SMTP.start's and Net::FTP.new's positional passwords, a libpq connection string",
      path: 'lib/mailer.rb',
      code: "Net::SMTP.start(HOST, 587, 'example.com', 'shop', ⟦'A2r6zFtpye3ld6'⟧, :plain)\nftp = Net::FTP.new(HOST, 'shop', ⟦'AUOgwsUlSf3L2G'⟧)\nconn = PG.connect('host=db.internal dbname=shop user=shop password=⟦1L896oPR6O9Qoy⟧')\n",
      messageIncludes: ['password'],
    },
    {
      name: "RestClient's and Faraday's basic auth passwords, a decoded key, a vendor's generated key",
      path: 'lib/geo_client.rb',
      code: "RestClient::Resource.new(BASE, 'geo', ⟦'JMRnSCHETuPuMo'⟧)\nconn.request :authorization, :basic, 'geo', ⟦'Jj9lVyiTrNsHzp'⟧\nENCRYPTION_KEY = Base64.decode64(⟦'3NAjiXGtk87zH8vP/3BUeOcX231qpaU4'⟧)\nGEOCODER_KEY = ⟦'PuU4uzTeZhfgD9HaS4akpevUk65Wb7otV6xvpb8'⟧\n",
    },
    {
      name: "a client's login password (Net::FTP, Net::IMAP) and basic auth",
      path: 'lib/tasks/import.rake',
      code: "ftp = Net::FTP.new(host)\nftp.login('shop', ⟦'nYoOlyTDwcidxY'⟧)\nrequest.basic_auth 'shop', ⟦'bcRYVERai3zZpt'⟧\nconn.set_basic_auth('pager', ⟦'Mn3bV6cX9zA1sD4f'⟧)\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: "basic auth with an empty password takes the API key as the user name (Lever's, Greenhouse's APIs)",
      path: 'app/services/lever_client.rb',
      code: 'class LeverClient\n  include HTTParty\n  base_uri "https://api.lever.co/v1"\n  basic_auth ⟦"Lv9Qx2Tm7Kp4Wz8Rb3Nc6Hj1"⟧, ""\nend\n',
      messageIncludes: ['API key'],
    },
    {
      name: "Devise's pepper",
      path: 'config/initializers/devise.rb',
      code: "Devise.setup do |config|\n  config.pepper = ⟦'247e6e0c3a3da81caee25ddd338086708bdc5a0bb3004e1c58bc9bfeab4acbe3dd6eb5fb6a347d7724e0a2f3095f20364733e8da69a7e5c1b0a05a04809bd326'⟧\nend\n",
      messageIncludes: ['hardcoded pepper'],
    },
    {
      name: "OmniAuth's provider client secret",
      path: 'config/initializers/omniauth.rb',
      code: "Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :github, '4816237590ab', ⟦'QrbPDNVLsPVvqe'⟧\nend\n",
      messageIncludes: ['OAuth client secret', 'ENV.fetch("GITHUB_CLIENT_SECRET")'],
    },
    {
      name: 'a digit-only password',
      path: 'config/initializers/mailer.rb',
      code: "ActionMailer::Base.smtp_settings = { user_name: 'orders', password: ⟦6742530⟧ }\n",
      messageIncludes: ['hardcoded password'],
    },
  ],
};
