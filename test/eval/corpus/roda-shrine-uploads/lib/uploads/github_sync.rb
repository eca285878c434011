require "octokit"
require "redis"

module Uploads
  class GithubSync
    REPO = "acme/asset-mirror"

    def initialize
      @client = Octokit::Client.new(access_token: "ghp_K1kGNIjM9q4TkZUOSVJLip7hTCCHMD8jNHJt") # tfl-eval: hardcoded-credential
      @redis = Redis.new(host: "cache.internal", port: 6379, password: "HK9ytAVQ21GmD9qocYP9MOuE") # tfl-eval: hardcoded-credential, hardcoded-backing-service
    end

    def push(path, body)
      @client.create_contents(REPO, path, "sync #{path}", body)
      @redis.set("synced:#{path}", Time.now.to_i)
    end
  end
end
