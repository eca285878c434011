require "rails_helper"

RSpec.describe Ops::StatusPage do
  it "resolves incidents" do
    allow(IO).to receive(:popen).and_return("{}")
    expect(IO).to receive(:popen).with(array_including("-u", "ops-bot:test-password")) # tfl-eval-not: hardcoded-credential
    described_class.resolve(42)
  end
end
