require "rails_helper"

RSpec.describe "staging provisioning" do
  it "renders the secrets template" do
    body = <<~YAML
      production:
        secret_key_base: test-secret-key-base
    YAML
    expect(YAML.safe_load(body)["production"]).to have_key("secret_key_base")
  end
end
