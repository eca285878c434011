require "octokit"

module Notifier
  class Github
    REPO = "shop/status"

    def initialize
      @client = Octokit::Client.new(access_token: "ghp_sHQn17R3z3olUnO5f7JKRXOWF6CJdn6CL9Ya") # tfl-eval: hardcoded-credential
    end

    def open_incident(title, body)
      @client.create_issue(REPO, title, body, labels: "incident")
    end
  end
end
