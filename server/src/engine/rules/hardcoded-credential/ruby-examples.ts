// Ruby examples: must report exactly the marked ranges / stay silent. Fixture secrets are random.
import type { Examples, InvalidExample, ValidExample } from '../../rule';

const STRIPE_KEY = 'sk_live_dG3HobusMLpJCTqUP5mAGByQ';
const GITHUB_TOKEN = 'ghp_T0pKTc1U260FM7nFmZhQw1jnQY8wE5gmyK8W';
const KEY_BASE = 'ea624238f357215a49225f1abd3f94798dc60c0bec8b46938e660ab4ec7f03b89c38dff16a12a062c81eab968d8be2ba478c83818952d1bda288b8ed59435752';

/** Offsets of `text` in the example's code once the ⟦ ⟧ markers are stripped (for fix spans). */
function spanIn(marked: string, text: string): { start: number; end: number } {
  const code = marked.replace(/[⟦⟧]/g, '');
  const start = code.indexOf(text);
  return { start, end: start + text.length };
}

const FETCH_DEFAULT = `secret = ENV.fetch('JWT_SECRET', ⟦'qspKKDtubKyYtBlg'⟧)\n`;
const OR_DEFAULT = `password = ENV['DB_PASSWORD'] || ⟦"8VFQjF505OGDpf"⟧\n`;
const BLOCK_DEFAULT = `key = ENV.fetch("API_KEY") { ⟦'UJ6rXV11nfWd'⟧ }\n`;

const invalid: InvalidExample[] = [
  {
    name: "Active Record Encryption's primary key: an encryption scheme's primary key, not a table's",
    path: 'config/application.rb',
    code: `config.active_record.encryption.primary_key = ⟦"469775038c88e2da2645e34abf9cf32f8a6b73c8ddc947a6e028b9d32ee97df4"⟧\n`,
  },
  {
    name: 'a credential-named constant',
    path: 'app/services/payments.rb',
    code: `DB_PASSWORD = ⟦'hunter2!x'⟧.freeze\n`,
    messageIncludes: ['hardcoded password', '"DB_PASSWORD"', 'ENV.fetch("DB_PASSWORD")'],
    fix: { kind: 'move-to-env', envName: 'DB_PASSWORD', value: 'hunter2!x', span: spanIn(`DB_PASSWORD = 'hunter2!x'.freeze`, `'hunter2!x'`) },
  },
  {
    name: 'Rails secret_key_base in config',
    path: 'config/environments/production.rb',
    code: `Rails.application.configure do\n  config.secret_key_base = ⟦'${KEY_BASE}'⟧\nend\n`,
    messageIncludes: ['secret key base', 'ENV.fetch("SECRET_KEY_BASE")'],
    fix: { envName: 'SECRET_KEY_BASE', value: KEY_BASE },
  },
  {
    name: 'secret_key_base as a hash entry',
    path: 'config/initializers/secrets.rb',
    code: `SETTINGS = { secret_key_base: ⟦"${KEY_BASE}"⟧ }\n`,
    fix: { envName: 'SECRET_KEY_BASE' },
  },
  {
    name: 'establish_connection keyword arguments and a hash-rocket entry',
    path: 'config/initializers/legacy_db.rb',
    code:
      `ActiveRecord::Base.establish_connection(adapter: 'postgresql', host: 'db.internal', password: ⟦'Zq8vT3kLp9Wx'⟧)\n` +
      `LEGACY = { 'adapter' => 'mysql2', 'password' => ⟦'r00t-Passw0rd-7'⟧ }\n`,
    messageIncludes: ['hardcoded password'],
  },
  {
    name: 'Redis.new(password:) is named after the client',
    path: 'config/initializers/redis.rb',
    code: `$redis = Redis.new(host: 'cache.internal', password: ⟦'rEd1s-Pa55word'⟧)\n`,
    messageIncludes: ['Redis.new(password:)', 'ENV.fetch("REDIS_PASSWORD")'],
    fix: { envName: 'REDIS_PASSWORD', value: 'rEd1s-Pa55word' },
  },
  {
    name: 'a Stripe live key assigned to Stripe.api_key',
    path: 'config/initializers/stripe.rb',
    code: `Stripe.api_key = ⟦'${STRIPE_KEY}'⟧\n`,
    messageIncludes: ['rotate it'],
    fix: { envName: 'STRIPE_API_KEY', value: STRIPE_KEY },
  },
  {
    name: 'a token inside an interpolated string and a keyword parameter default',
    path: 'lib/github_client.rb',
    code: `def headers(token: ⟦'${GITHUB_TOKEN}'⟧)\n  { 'Authorization' => "token ⟦${GITHUB_TOKEN}⟧ #{suffix}" }\nend\n`,
  },
  {
    name: 'a database URL with a password',
    path: 'config/initializers/sequel.rb',
    code: `DB = Sequel.connect('postgres://app:⟦pg-s3cret-41⟧@db.internal:5432/app')\n`,
    messageIncludes: ['postgres connection URL', 'ENV.fetch("DATABASE_URL")'],
    fix: { envName: 'DATABASE_URL', value: 'postgres://app:pg-s3cret-41@db.internal:5432/app' },
  },
  {
    name: 'ENV.fetch with a default',
    path: 'config/initializers/jwt.rb',
    code: FETCH_DEFAULT,
    messageIncludes: ['fallback of', 'JWT_SECRET'],
    fix: { envName: 'JWT_SECRET', existingEnvName: 'JWT_SECRET', span: spanIn(FETCH_DEFAULT, `ENV.fetch('JWT_SECRET', 'qspKKDtubKyYtBlg')`) },
  },
  {
    name: "ENV['X'] || default",
    path: 'config/database_settings.rb',
    code: OR_DEFAULT,
    fix: { envName: 'DB_PASSWORD', existingEnvName: 'DB_PASSWORD', span: spanIn(OR_DEFAULT, `ENV['DB_PASSWORD'] || "8VFQjF505OGDpf"`) },
  },
  {
    name: 'ENV.fetch with a do … end default block',
    path: 'config/initializers/payments.rb',
    code: `PAYMENTS_TOKEN = ENV.fetch("PAYMENTS_TOKEN") do\n  ⟦"Tq8nV3kZ6xRb2mLw"⟧\nend\n`,
    messageIncludes: ['PAYMENTS_TOKEN'],
  },
  {
    name: 'ENV.fetch with a default block',
    path: 'app.rb',
    code: BLOCK_DEFAULT,
    fix: { envName: 'API_KEY', existingEnvName: 'API_KEY', span: spanIn(BLOCK_DEFAULT, `ENV.fetch("API_KEY") { 'UJ6rXV11nfWd' }`) },
  },
  {
    name: 'a secret passed to JWT.encode, and Sinatra set :session_secret',
    path: 'app.rb',
    code: `JWT.encode(payload, ⟦'k9Lx2mPq7Rt'⟧, 'HS256')\nset :session_secret, ⟦'f7Gh3Jk9Lm2Np5Qr'⟧\n`,
  },
  {
    name: 'Devise secret_key and an instance variable',
    path: 'config/initializers/devise.rb',
    code: `Devise.setup do |config|\n  config.secret_key = ⟦'9c1e7b3d5f0a2c4e6b8d'⟧\nend\n@api_token = ⟦'Tq84kLz0Pw19xVb2'⟧\n`,
  },
  {
    name: "writing ENV['X'] in code",
    path: 'config/boot.rb',
    code: `ENV['SMTP_PASSWORD'] = ⟦'m4il-Pa55-2024'⟧\n`,
    messageIncludes: ['written to'],
  },
];

const valid: ValidExample[] = [
  {
    name: 'environment reads and Rails credentials',
    path: 'config/initializers/services.rb',
    code:
      `Stripe.api_key = ENV['STRIPE_SECRET_KEY']\n` +
      `DB_PASSWORD = ENV.fetch('DB_PASSWORD')\n` +
      `config.secret_key_base = Rails.application.credentials.secret_key_base\n` +
      `$redis = Redis.new(url: ENV.fetch('REDIS_URL'), password: ENV['REDIS_PASSWORD'])\n` +
      `token = ENV.fetch('API_TOKEN', nil)\n` +
      `secret = ENV.fetch('JWT_SECRET') { raise 'JWT_SECRET missing' }\n`,
  },
  {
    name: 'placeholders and test dummies',
    path: 'spec/models/user_spec.rb',
    code:
      `let(:user) { User.create!(email: 'a@example.com', password: 'password123', password_confirmation: 'password123') }\n` +
      `API_KEY = 'changeme'\n` +
      `config.secret_key_base = 'secret_key_base'\n` +
      `secret = ENV.fetch('JWT_SECRET', 'test-secret')\n` +
      `PASSWORD = '<your-password>'\n`,
  },
  {
    name: 'forms, validations, i18n and has_secure_password',
    path: 'app/views/users/_form.rb',
    code:
      `class User < ApplicationRecord\n  has_secure_password\n  validates :password, length: { minimum: 8 }\nend\n` +
      `f.label :password, 'Password'\n` +
      `f.password_field :password, placeholder: 'Enter your password', autocomplete: 'new-password'\n` +
      `flash[:alert] = 'Invalid email or password.'\n` +
      `MESSAGES = { password: 'Mot de passe', token: 'Jeton' }\n` +
      `t('devise.passwords.edit.change_my_password')\n`,
  },
  {
    name: 'hash keys, requires and non-secret settings',
    path: 'config/application.rb',
    code:
      `require 'active_support/key_generator'\n` +
      `config.session_store :cookie_store, key: '_shop_session'\n` +
      `params.require(:user).permit(:password, 'password_confirmation')\n` +
      `config.filter_parameters += [:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]\n` +
      `TOKEN_TYPE = 'bearer'\n` +
      `config.action_mailer.smtp_settings = { authentication: 'plain', password: ENV['SMTP_PASSWORD'] }\n`,
  },
  {
    name: 'an env var name',
    path: 'config/initializers/db.rb',
    code: `PASSWORD_ENV = 'DB_PASSWORD'\n`,
  },
];

export const rubyExamples: Examples = { valid, invalid };
