require "faraday"

module StatusPage
  class PagerDuty
    ROUTING_KEY = "329408a735f5948363a3b6d6d0ccf14c" # tfl-eval: hardcoded-credential
    EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"

    def trigger(summary)
      Faraday.post(EVENTS_URL, { routing_key: ROUTING_KEY, event_action: "trigger", payload: { summary: summary, severity: "critical", source: "statuspage" } }.to_json, "Content-Type" => "application/json")
    end
  end
end
