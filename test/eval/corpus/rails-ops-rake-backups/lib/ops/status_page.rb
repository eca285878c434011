require "open3"
require "json"

module Ops
  # Posts incidents to the hosted status page from the deploy box.
  class StatusPage
    PAGE_ID = "kctbh9vrtdwd"

    def self.open_incident(name)
      body = JSON.generate(incident: { name: name, status: "investigating" })
      out, status = Open3.capture2(
        "curl -sS -X POST -H 'Authorization: OAuth 8d4f2a6c-1b3e-4f7a-9c5d-2e8b7a1f0c39' -H 'Content-Type: application/json' -d @- https://api.statuspage.io/v1/pages/#{PAGE_ID}/incidents", # tfl-eval: hardcoded-credential
        stdin_data: body
      )
      raise "statuspage failed" unless status.success?
      JSON.parse(out)
    end

    def self.resolve(id)
      IO.popen(["curl", "-sS", "-X", "PATCH", "-u", "ops-bot:Tq2mXv9Rk4Lp7NwZ", "https://status.acme.internal/api/incidents/#{id}"], &:read) # tfl-eval: hardcoded-credential
    end

    def self.resolve_with_env(id)
      IO.popen(["curl", "-sS", "-u", "ops-bot:#{ENV.fetch('STATUS_PASSWORD')}", "https://status.acme.internal/api/incidents/#{id}"], &:read) # tfl-eval-not: hardcoded-credential
    end

    def self.ping
      system("curl", "-fsS", "-H", "Authorization: Bearer #{ENV['HEALTHCHECK_TOKEN']}", "https://hc.acme.internal/ping/deploy") # tfl-eval-not: hardcoded-credential
    end
  end
end
