require "test_helper"

class RepliesMailboxTest < ActionMailbox::TestCase
  setup do
    ActionMailbox.ingress_password = "test-ingress-password" # tfl-eval-not: hardcoded-credential
  end

  test "adds a comment" do
    receive_inbound_email_from_mail to: "reply-abc123@support.example", from: "ada@example.com", body: "Thanks!"
    assert_equal "Thanks!", Ticket.last.comments.last.body
  end
end
