// Ruby examples: in-process session stores and per-user state in shared containers report;
// cookie, Redis and database stores, caches and per-request instance variables stay silent.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads beside config/environments/production.rb: an initializer keeps sessions in the cache. */
const SESSIONS_IN_CACHE: ScanOptions = {
  sessionsInCache: { path: 'config/initializers/session_store.rb', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 88 } } },
};

export const rubyExamples: Examples = {
  invalid: [
    {
      name: "Sinatra routes that carry a notice to the next request in a class variable (one value for every user), the second write related",
      path: 'recommender.rb',
      code: `require "sinatra"\n\npost "/movies" do\n  ⟦@@notice⟧ = "The movie could not be saved."\n  redirect "/notification"\nend\n\nget "/movies/:id" do\n  ⟪@@notice⟫ = "The movie was not found." if Movie.find_by(id: params[:id]).nil?\n  erb :movie\nend\n`,
      messageIncludes: ['set by a request handler'],
    },
    {
      name: "a controller action that keeps the last filter in a class variable, and a Sinatra route that keeps a search in a global",
      path: 'app/controllers/reports_controller.rb',
      code: `class ReportsController < ApplicationController\n  def create\n    ⟦@@last_filter⟧ = report_params[:filter]\n    redirect_to reports_path\n  end\nend\n\nget "/search" do\n  ⟦$last_query⟧ = params[:q]\n  erb :results\nend\n`,
    },
    {
      name: "ActiveSupport's MemoryStore as the session registry: written with a key that says session, from a plain module",
      path: 'lib/session_registry.rb',
      code: `module SessionRegistry\n  ⟦STORE⟧ = ActiveSupport::Cache::MemoryStore.new(expires_in: 12 * 60 * 60)\n\n  def self.open(gardener_id)\n    token = SecureRandom.urlsafe_base64(32)\n    STORE.write("session:#{token}", gardener_id)\n    token\n  end\nend\n`,
    },
    {
      name: 'session_store :cache_store in an initializer, and production.rb puts the cache in process memory',
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.eager_load = true\n  ⟦config.cache_store = :memory_store, { size: 64.megabytes }⟧\nend\n`,
      options: SESSIONS_IN_CACHE,
      relatedFiles: ['config/initializers/session_store.rb'],
      messageIncludes: [':memory_store'],
    },
    {
      name: "a plain Rack app's call(env) keys a class-level hash by a local read from the session",
      path: 'lib/timeclock/app.rb',
      code:
        `module Timeclock\n  class App\n    ⟦CLOCKED_IN⟧ = {}\n\n    def call(env)\n      req = Rack::Request.new(env)\n      employee = req.session['employee']\n      CLOCKED_IN[employee] = Time.now\n      [204, {}, []]\n    end\n  end\nend\n`,
      messageIncludes: ['Factor VI', '`CLOCKED_IN`'],
    },
    {
      name: 'the cache store sessions live in is the memory store',
      path: 'config/environments/production.rb',
      code:
        `Rails.application.configure do\n` +
        `  config.cache_store = :memory_store, { size: 64.megabytes }\n` +
        `  ⟦config.session_store :cache_store, key: '_shop_session', expire_after: 1.day⟧\n` +
        `end\n`,
      messageIncludes: ['Factor VI', ':memory_store', ':redis_cache_store'],
    },
    {
      name: 'a file cache store in an initializer',
      path: 'config/application.rb',
      code: `config.cache_store = :file_store, '/tmp/cache'\n⟦Rails.application.config.session_store(:cache_store)⟧\n`,
      messageIncludes: ['local disk'],
    },
    {
      name: 'Rack::Session::Pool in a Sinatra app and as Rails middleware',
      path: 'app.rb',
      code:
        `class Shop < Sinatra::Base\n  ⟦use Rack::Session::Pool, expire_after: 2_592_000⟧\nend\n` +
        `⟦config.middleware.use ::Rack::Session::Pool⟧\n`,
      messageIncludes: ['Rack::Session::Pool', 'process memory'],
    },
    {
      name: 'a module-level hash keyed by the session in Sinatra routes',
      path: 'app.rb',
      code:
        `require 'sinatra'\n` +
        `⟦CARTS⟧ = Hash.new { |hash, key| hash[key] = [] }\n` +
        `post '/cart' do\n  CARTS[session[:id]] << params[:item]\n  redirect '/cart'\nend\n`,
      messageIncludes: ['`CARTS`', 'backing store'],
    },
    {
      name: 'a class variable written in a Rails controller action',
      path: 'app/controllers/logins_controller.rb',
      code:
        `class LoginsController < ApplicationController\n` +
        `  ⟦@@logged_in⟧ = {}\n` +
        `  def create\n    @@logged_in[current_user.id] ||= Time.current\n  end\nend\n`,
    },
    {
      name: 'a global and a top-level local written by routes',
      path: 'server.rb',
      code:
        `⟦$sessions⟧ = {}\n⟦wishlists⟧ = {}\n` +
        `get '/login' do\n  $sessions.store(request.cookies['sid'], params[:name])\nend\n` +
        `post '/wish' do\n  wishlists[session[:user_id]] = params[:item]\nend\n`,
    },
    {
      name: "Roda's routing tree (every request runs it) writing a class-level hash keyed by the session",
      path: 'app.rb',
      code: `class App < Roda\n  plugin :sessions, secret: ENV.fetch("SESSION_SECRET")\n  ⟦STARRED⟧ = Hash.new { |h, k| h[k] = [] }\n\n  route do |r|\n    r.on "cards", Integer do |id|\n      r.post "star" do\n        STARRED[session["visitor_id"]] << id\n      end\n    end\n  end\nend\n`,
    },
    {
      name: 'an ActionCable channel (one per subscription, in the long-lived cable server) keeping who is online',
      path: 'app/channels/presence_channel.rb',
      code: `class PresenceChannel < ApplicationCable::Channel\n  ⟦ONLINE⟧ = Concurrent::Map.new\n\n  def subscribed\n    stream_from "presence:#{params[:board_id]}"\n    ONLINE[current_user.id] = params[:board_id]\n  end\nend\n`,
    },
    {
      name: 'drafts being edited, in a class variable of a modular Sinatra app (keyed by the post, not the user)',
      path: 'app.rb',
      code: `class Blog < Sinatra::Base\n  ⟦@@drafts⟧ = {}\n  put '/drafts/:id' do\n    @@drafts[params[:id]] = request.body.read\n  end\nend\n`,
    },
  ],
  valid: [
    {
      name: "class variables set while the class loads (configuration), memoised (||=) or counted (+=) in an action, an instance variable per request, and Ruby's own globals",
      path: 'app/controllers/status_controller.rb',
      code: `class StatusController < ApplicationController\n  @@formats = %w[csv pdf].freeze\n  @@started_at = Time.now.utc\n\n  def show\n    @@exporter ||= ReportExporter.new(formats: @@formats)\n    @@hits += 1\n    @notice = params[:text]\n    $stdout.sync = true\n    $redis = Redis.new(url: ENV.fetch("REDIS_URL"))\n  end\nend\n`,
    },
    {
      name: "outgoing API clients cached per token in a container named for sessions: a connection cache",
      path: 'lib/github_clients.rb',
      code: `module GithubClients\n  SESSIONS = {}\n\n  def self.for(token)\n    SESSIONS[token] ||= Octokit::Client.new(access_token: token)\n  end\nend\n`,
    },
    {
      name: 'a MemoryStore of a rendered map (derived data), and a constant key',
      path: 'lib/plot_map.rb',
      code: `module PlotMap\n  CACHE = ActiveSupport::Cache::MemoryStore.new(size: 8.megabytes)\n  TILES = ActiveSupport::Cache::MemoryStore.new\n\n  def self.svg(db)\n    CACHE.fetch("plot-map", expires_in: 300) { render(db) }\n  end\n\n  def self.tile(x, y)\n    TILES.write("tile:#{x}:#{y}", draw(x, y))\n  end\nend\n`,
    },
    {
      name: 'sessions in the cache elsewhere, and production.rb uses a shared cache; or picks its own session store',
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.cache_store = :redis_cache_store, { url: ENV.fetch("REDIS_URL") }\nend\n`,
      options: SESSIONS_IN_CACHE,
    },
    {
      name: 'production.rb with a memory cache and its own cookie session store',
      path: 'config/environments/staging.rb',
      code: `Rails.application.configure do\n  config.cache_store = :memory_store\n  config.session_store :cookie_store, key: "_app_session"\nend\n`,
      options: SESSIONS_IN_CACHE,
    },
    {
      name: 'sessions in the cache elsewhere, and a memory cache in development.rb (a developer machine)',
      path: 'config/environments/development.rb',
      code: `Rails.application.configure do\n  config.cache_store = :memory_store\nend\n`,
      options: SESSIONS_IN_CACHE,
    },
    {
      name: "a Rack app's call(env) filling a cache by path, and a call(job) that is not Rack's",
      path: 'lib/renderer.rb',
      code:
        `class Renderer\n  PAGES = {}\n  QUEUE = {}\n\n  def call(env)\n    path = env['PATH_INFO']\n    PAGES[path] ||= render(path)\n    [200, {}, [PAGES[path]]]\n  end\n\n  def perform(job)\n    user = job.session_user\n    QUEUE[user] = job\n  end\nend\n`,
    },
    {
      name: 'cookie, Redis, database and memcached stores',
      path: 'config/environments/production.rb',
      code:
        `config.session_store :cookie_store, key: '_app_session'\n` +
        `config.session_store :active_record_store\n` +
        `config.session_store :redis_session_store, redis: { url: ENV.fetch('REDIS_URL') }\n` +
        `config.cache_store = :redis_cache_store, { url: ENV.fetch('REDIS_URL') }\n` +
        `config.session_store :cache_store\n` +
        `use Rack::Session::Cookie, secret: ENV.fetch('SESSION_SECRET')\n` +
        `enable :sessions\n`,
    },
    {
      name: 'a memory cache without cache-backed sessions, and development files',
      path: 'config/environments/staging.rb',
      code: `config.cache_store = :memory_store\nconfig.session_store :cookie_store\n`,
    },
    {
      name: 'cache-backed sessions over a memory store in development',
      path: 'config/environments/development.rb',
      code: `config.cache_store = :memory_store\nconfig.session_store :cache_store\n`,
    },
    {
      name: 'Rack::Session::Pool only in development or when no Redis is configured',
      path: 'app.rb',
      code:
        `configure :development do\n  use Rack::Session::Pool\nend\n` +
        `if ENV['REDIS_URL']\n  use Rack::Session::Redis, redis_server: ENV['REDIS_URL']\nelse\n  use Rack::Session::Pool\nend\n`,
    },
    {
      name: 'per-request instance variables, caches, frozen constants and rate limits',
      path: 'app/controllers/carts_controller.rb',
      code:
        `class CartsController < ApplicationController\n` +
        `  PRICE_CACHE = {}\n  ALLOWED = %w[a b].freeze\n  ATTEMPTS = Hash.new(0)\n` +
        `  def show\n    @cart = {}\n    @cart[session[:id]] = Cart.find(params[:id])\n    PRICE_CACHE[params[:sku]] = 1\n    ATTEMPTS[request.ip] += 1\n  end\nend\n`,
    },
    {
      name: "a channel's frozen colours only read, a Roda app's routes registry filled at load, a route method on another receiver",
      path: 'app/channels/board_channel.rb',
      code: `class BoardChannel < ApplicationCable::Channel\n  COLORS = %w[teal amber].freeze\n  def subscribed\n    stream_from "board:#{params[:id]}"\n    transmit(color: COLORS[current_user.id % 2])\n  end\nend\nclass Api < Roda\n  HOOKS = {}\n  HOOKS[:audit] = AuditHook\n  route do |r|\n    r.get("hooks") { HOOKS.keys }\n  end\nend\nclass Mailer\n  SENT = {}\n  def route(user)\n    SENT[user.id] = Time.now\n  end\nend\n`,
    },
    {
      name: 'a registry filled at boot, not per request',
      path: 'lib/plugins.rb',
      code: `PLUGINS = {}\ndef register(name, klass)\n  PLUGINS[name] = klass\nend\nregister(:csv, CsvExporter)\n`,
    },
    {
      name: 'a route-local variable that shadows a top-level one',
      path: 'app.rb',
      code: `carts = {}\npost '/cart' do\n  carts = {}\n  carts[session[:id]] = params[:item]\nend\n`,
    },
  ],
};

export const cableYamlExamples: Examples = {
  valid: [
    {
      name: "Rails' generated cable.yml: async in development, test adapter, Redis in production",
      path: 'config/cable.yml',
      code: 'development:\n  adapter: async\n\ntest:\n  adapter: test\n\nproduction:\n  adapter: redis\n  url: <%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %>\n  channel_prefix: app_production\n',
    },
    { name: 'solid_cable and a shared default block', path: 'config/cable.yml', code: 'default: &default\n  adapter: async\nproduction:\n  adapter: solid_cable\n  polling_interval: 0.1.seconds\n' },
    { name: 'another file', path: 'config/sidekiq.yml', code: 'production:\n  adapter: async\n' },
  ],
  invalid: [
    {
      name: 'the async adapter in production and staging',
      path: 'config/cable.yml',
      code: 'development:\n  adapter: async\n\nproduction:\n  adapter: ⟦async⟧\n  channel_prefix: boards_production\n\nstaging:\n  adapter: ⟦async⟧\n',
      messageIncludes: ['Factor VI', 'ActionCable', 'redis'],
    },
  ],
};
