require_relative "../lib/ops/inbox"

RSpec.describe Ops::Inbox do
  it "authenticates with PLAIN" do
    imap = instance_double(Net::IMAP, select: nil)
    allow(Net::IMAP).to receive(:new).and_return(imap)
    expect(imap).to receive(:authenticate).with("PLAIN", "tester", "spec-password") # tfl-eval-not: hardcoded-credential
    imap.authenticate("PLAIN", "tester", "spec-password")
  end
end
