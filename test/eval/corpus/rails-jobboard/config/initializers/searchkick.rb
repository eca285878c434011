Searchkick.client = Elasticsearch::Client.new(
  hosts: ["http://search-1.jobboard.internal:9200", "http://search-2.jobboard.internal:9200"], # tfl-eval: hardcoded-backing-service
  retry_on_failure: true,
  transport_options: { request: { timeout: 250 } }
)
Searchkick.index_prefix = "jobboard_#{Rails.env}"
