require "net/imap"

module Ops
  # Reads the alerts mailbox and counts unacknowledged pages.
  class Inbox
    def initialize(host = ENV.fetch("IMAP_HOST", "imap.acme-ops.example"))
      @imap = Net::IMAP.new(host, port: 993, ssl: true)
    end

    def open
      @imap.authenticate("PLAIN", "alerts@acme-ops.example", "TksjjqsMCZBWJUDmdVk5") # tfl-eval: hardcoded-credential
      @imap.select("INBOX")
      self
    end

    def open_oauth(user, access_token)
      @imap.authenticate("XOAUTH2", user, access_token) # tfl-eval-not: hardcoded-credential
      @imap.select("INBOX")
      self
    end

    def unacknowledged
      @imap.search(["UNSEEN", "SUBJECT", "PAGE"]).size
    end
  end
end
