import type { Examples } from '../../rule';

export const rubyExamples: Examples = {
  valid: [
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
