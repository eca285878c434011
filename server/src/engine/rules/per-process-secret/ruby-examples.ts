import type { Examples } from '../../rule';

export const rubyExamples: Examples = {
  valid: [
    {
      name: "Sinatra's sessions with the secret from the environment, set anywhere in the file",
      path: 'app.rb',
      code: `require 'sinatra'\n\nenable :sessions\nset :session_secret, ENV.fetch('SESSION_SECRET')\n`,
    },
    { name: "the secret given as the sessions' own option", path: 'app.rb', code: `class Api < Sinatra::Base\n  set :sessions, key: 'api.session', secret: ENV.fetch('SESSION_SECRET')\nend\n` },
    { name: 'a subclass of the app\'s own base class, which may set the secret in its file', path: 'admin.rb', code: `class AdminApp < NotesApp\n  enable :sessions\nend\n` },
    { name: 'sessions only in development', path: 'app.rb', code: `class Preview < Sinatra::Base\n  configure :development do\n    enable :sessions\n  end\nend\n` },
    { name: 'Rack::Session::Cookie given its key in config.ru', path: 'app.rb', code: `require 'sinatra'\nuse Rack::Session::Cookie, secret: ENV['SESSION_SECRET']\nenable :sessions\n` },
    {
      name: 'class methods only a development block or nothing calls',
      path: 'app.rb',
      code: `class NotesApp < Sinatra::Base\n  def self.local_sessions\n    set :session_secret, SecureRandom.hex(32)\n  end\n\n  def self.reset_secret!\n    set :session_secret, SecureRandom.hex(64)\n  end\n\n  configure :development do\n    local_sessions\n  end\nend\n`,
    },
    { name: 'the key from the environment', path: 'app.rb', code: `class App < Sinatra::Base\n  set :session_secret, ENV.fetch("SESSION_SECRET")\nend\n` },
    {
      name: 'tokens made per record, in model methods',
      path: 'app/models/api_client.rb',
      code: `class ApiClient < ApplicationRecord\n  def rotate!\n    update!(webhook_secret: SecureRandom.hex(32), otp_secret: SecureRandom.base32(20))\n  end\nend\n`,
    },
    { name: 'a rake task that prints a key', path: 'lib/tasks/keys.rake', code: `task :generate do\n  secret_key_base = SecureRandom.hex(64)\n  puts secret_key_base\nend\n` },
    { name: 'a share token in a route', path: 'app.rb', code: `post "/shares" do\n  token = SecureRandom.urlsafe_base64(24)\nend\n` },
    {
      name: "a random key only in Sinatra's development and test configure block, production's read from the environment",
      path: 'app.rb',
      code: `class App < Sinatra::Base\n  configure :production do\n    set :session_secret, ENV.fetch("SESSION_SECRET")\n  end\n  configure :development, :test do\n    set :session_secret, SecureRandom.hex(64)\n  end\nend\n`,
    },
    {
      name: 'a random key in the development branch of a stage test',
      path: 'config/initializers/session_store.rb',
      code: `if Rails.env.development?\n  Rails.application.config.secret_key_base = SecureRandom.hex(64)\nend\n`,
    },
    { name: 'a factory in the specs', path: 'spec/factories/users.rb', code: `factory :user do\n  session_secret { SecureRandom.hex(20) }\nend\n` },
  ],
  invalid: [
    {
      name: "Sinatra's sessions with no secret: Sinatra makes one at class load (probe28 item 9)",
      path: 'shortly.rb',
      code: `require 'sinatra'\n\n⟦enable :sessions⟧\n\npost '/login' do\n  session[:user_id] = params[:id]\nend\n`,
      messageIncludes: ['SESSION_SECRET'],
    },
    { name: 'a modular app', path: 'board.rb', code: `class BoardApp < Sinatra::Base\n  configure do\n    ⟦set :sessions, true⟧\n  end\nend\n` },
    {
      name: 'a class method the class body calls',
      path: 'app.rb',
      code: `class NotesApp < Sinatra::Base\n  def self.harden_sessions\n    enable :sessions\n    set :session_secret, ⟦SecureRandom.hex(64)⟧\n  end\n\n  harden_sessions\nend\n`,
    },
    {
      name: 'a module method config.ru calls',
      path: 'config.ru',
      code: `module SessionSetup\n  def self.apply(builder)\n    builder.use Rack::Session::Cookie, secret: ⟦SecureRandom.hex(64)⟧\n  end\nend\n\nSessionSetup.apply(self)\nrun NotesApp\n`,
    },
    {
      name: 'Sinatra session_secret',
      path: 'app.rb',
      code: `class PantryApp < Sinatra::Base\n  enable :sessions\n  set :session_secret, ⟦SecureRandom.hex(64)⟧\nend\n`,
      output: `class PantryApp < Sinatra::Base\n  enable :sessions\n  set :session_secret, ENV.fetch("SESSION_SECRET")\nend\n`,
    },
    {
      name: 'secret_key_base in an initializer',
      path: 'config/initializers/secret_key_base.rb',
      code: `Rails.application.config.secret_key_base = ⟦SecureRandom.hex(64)⟧\n`,
      output: `Rails.application.config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")\n`,
    },
    {
      name: 'a configure block that production also runs',
      path: 'app.rb',
      code: `class App < Sinatra::Base\n  configure :development, :production do\n    set :session_secret, ⟦SecureRandom.hex(64)⟧\n  end\nend\n`,
    },
    { name: 'Rack::Session::Cookie', path: 'config.ru', code: `use Rack::Session::Cookie, key: "app.session", secret: ⟦SecureRandom.hex(64)⟧\nrun App\n` },
    {
      name: 'ENV.fetch with a random block is information',
      path: 'config/initializers/jwt.rb',
      code: `Rails.application.configure do\n  config.x.jwt_secret = ⟦ENV.fetch("JWT_SECRET") { SecureRandom.hex(32) }⟧\nend\n`,
      severity: 'info',
    },
  ],
};
