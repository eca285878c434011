require "sidekiq-ent"

Sidekiq::Enterprise.unique! if Rails.env.production?

Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://queue.acme.internal:6380/2", password: "huz80Y6a7CaVNyK391" } # tfl-eval: hardcoded-credential, hardcoded-backing-service
  config.periodic do |mgr|
    mgr.register("0 * * * *", "AcmeJobs::HourlyRollup")
  end
end

Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, ENV.fetch("SIDEKIQ_WEB_USER")) &
    ActiveSupport::SecurityUtils.secure_compare(password, ENV.fetch("SIDEKIQ_WEB_PASSWORD"))
end
