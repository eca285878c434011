require "rails_helper"

RSpec.describe Patient do
  around do |example|
    ClimateControl.modify(PATIENT_EMAIL_BIDX_KEY: "0" * 64) { example.run }
  end

  it "encrypts the ssn" do
    patient = described_class.create!(email: "a@example.com", ssn: "123-45-6789", password: "correct horse battery")
    expect(patient.ssn_ciphertext).not_to include("6789")
  end
end
