require "octokit"

module ReleaseNotes
  REPO = "acme/storefront"
  BOT_LOGIN = "acme-release-bot"

  def self.client
    @client ||= Octokit::Client.new(access_token: "ghp_jwc3N4lFYkMjSwPuJ2ssz7kb2bKvZjwhjRIV", auto_paginate: true) # tfl-eval: hardcoded-credential
  end

  def self.draft(tag)
    previous = client.latest_release(REPO).tag_name
    notes = client.compare(REPO, previous, tag).commits.map { |c| "- #{c.commit.message.lines.first.strip}" }
    client.create_release(REPO, tag, name: tag, body: notes.join("\n"), draft: true)
  end
end
