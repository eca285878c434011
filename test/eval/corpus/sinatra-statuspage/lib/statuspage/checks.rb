require "faraday"
require "redis"

module StatusPage
  # Probes each component and caches the result for the page.
  class Checks
    CACHE = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"))
    TIMEOUT = 5

    def run(component)
      response = Faraday.get(component[:probe_url]) { |req| req.options.timeout = TIMEOUT }
      state = response.success? ? "operational" : "degraded"
      CACHE.set("component:#{component[:id]}", state, ex: 120)
      state
    rescue Faraday::Error
      CACHE.set("component:#{component[:id]}", "major_outage", ex: 120)
      "major_outage"
    end
  end
end
