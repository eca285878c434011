require "rails_helper"

RSpec.describe LegacySync do
  it "connects with the configured user" do
    allow(Mysql2::Client).to receive(:new).and_return(double(query: []))
    expect(described_class.new.mysql).to be_truthy
  end

  it "uses a fake smtp password in tests" do
    stub_const("ENV", ENV.to_h.merge("SMTP_PASSWORD" => "secret")) # tfl-eval-not: hardcoded-credential
  end
end
