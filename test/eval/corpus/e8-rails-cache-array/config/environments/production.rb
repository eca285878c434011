require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.cache_store = [:mem_cache_store, "10.42.0.9:11211", { namespace: "forum", compress: true }] # tfl-eval: hardcoded-backing-service
  config.log_level = :info
end
