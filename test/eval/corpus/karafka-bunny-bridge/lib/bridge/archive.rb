require "aws-sdk-s3"
require "sequel"

module Bridge
  module Archive
    S3 = Aws::S3::Client.new(
      region: "eu-west-1",
      credentials: Aws::Credentials.new("AKIAAV7QYIZFEH3O3V37", "iGo6DzA3a8WphI+4JXcpnAOyNIzmpBpwlkgGmGGg") # tfl-eval: hardcoded-credential
    )

    DB = Sequel.connect(adapter: "postgres", host: ENV.fetch("ARCHIVE_DB_HOST"), user: "archiver", password: "1y9Jvf315NsyWq5m", database: "archive") # tfl-eval: hardcoded-credential

    def self.store(key, body)
      S3.put_object(bucket: "bridge-archive", key: key, body: body)
      DB[:archived].insert(key: key, size: body.bytesize)
    end
  end
end
