require 'opsctl/cli'

RSpec.describe Opsctl::CLI do
  it 'tags a release' do
    client = instance_double(Octokit::Client)
    allow(Octokit::Client).to receive(:new).with(access_token: 'test-token').and_return(client) # tfl-eval-not: hardcoded-credential
    stub_const('Opsctl::CLI::GITHUB_TOKEN', 'test-token') # tfl-eval-not: hardcoded-credential
    allow(client).to receive(:ref).and_return(double(object: double(sha: 'abc123')))
    expect(client).to receive(:create_ref)
    described_class.start(%w[release v1.2.3])
  end
end
