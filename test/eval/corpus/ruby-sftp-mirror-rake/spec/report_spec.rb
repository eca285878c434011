require_relative "../lib/mirror/report"

RSpec.describe Mirror::Report do
  it "counts the files that made it" do
    user = "tester"
    pass = "spec-sftp-pass" # tfl-eval-not: hardcoded-credential
    results = [Mirror::Result.new("a.csv", true), Mirror::Result.new("b.csv", false)]
    expect(described_class.new(results).summary).to include("1/2")
    expect([user, pass]).to all(be_a(String))
  end
end
