require_relative "../lib/bridge/directory"

RSpec.describe Bridge::Directory do
  it "binds with a test account" do
    ldap = instance_double(Net::LDAP)
    allow(Net::LDAP).to receive(:new).and_return(ldap)
    expect(ldap).to receive(:auth).with("cn=test", "spec-secret") # tfl-eval-not: hardcoded-credential
    ldap.auth "cn=test", "spec-secret" # tfl-eval-not: hardcoded-credential
  end
end
