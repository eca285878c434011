require "vcr"

VCR.configure do |c|
  c.cassette_library_dir = "spec/fixtures/vcr_cassettes"
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.filter_sensitive_data("<GITHUB_TOKEN>") { ENV.fetch("GITHUB_TOKEN", "x" * 40) } # tfl-eval-not: hardcoded-credential
  c.filter_sensitive_data("<SLACK_BOT_TOKEN>") { ENV.fetch("SLACK_BOT_TOKEN", "xoxb-test") } # tfl-eval-not: hardcoded-credential
  c.filter_sensitive_data("<AUTHORIZATION>") do |interaction|
    interaction.request.headers["Authorization"]&.first
  end
end
