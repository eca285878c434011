require_relative "../lib/ops/remote"

RSpec.describe Ops::Remote do
  it "downloads the dump over sftp" do
    sftp = double("sftp")
    expect(Net::SFTP).to receive(:start).with(Ops::Remote::LEGACY_HOST, "dumper", password: "spec-password", non_interactive: true).and_yield(sftp) # tfl-eval-not: hardcoded-credential
    expect(sftp).to receive(:download!)
    described_class.pull_legacy_dump("/tmp/dump.sql.gz")
  end
end
