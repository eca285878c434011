class Logship < Formula
  desc "Ship structured logs from journald to any HTTP sink"
  homepage "https://github.com/acme-oss/logship"
  url "https://github.com/acme-oss/logship/archive/refs/tags/v0.9.3.tar.gz"
  sha256 "03c63873102c5b4010d78a42fdfcb09ad3599dc541829223aa8bc195be5b140d" # tfl-eval-not: hardcoded-credential
  license "Apache-2.0"
  head "https://github.com/acme-oss/logship.git", branch: "main"

  bottle do
    root_url "https://ghcr.io/v2/acme-oss/tap"
    sha256 cellar: :any_skip_relocation, arm64_sonoma: "416ae528165cee81455cb1a9eb5b7d0d9dc184a00a370616bedb958f5c27ca1a" # tfl-eval-not: hardcoded-credential
    sha256 cellar: :any_skip_relocation, x86_64_linux: "15c640619836344bd667c073972d29efd8a5510589c6c19c8fb4b513b3655049" # tfl-eval-not: hardcoded-credential
  end

  depends_on "go" => :build

  def install
    ldflags = %W[-s -w -X main.version=#{version}]
    system "go", "build", *std_go_args(ldflags:), "./cmd/logship"
  end

  test do
    (testpath/"config.toml").write <<~EOS
      sink = "http://127.0.0.1:9200"
      token = "test-token"
    EOS
    assert_match "config ok", shell_output("#{bin}/logship --config #{testpath}/config.toml --check")
  end
end
