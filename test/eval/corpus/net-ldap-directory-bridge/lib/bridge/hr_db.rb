require "mysql2"
require "docker-api"

module Bridge
  module HrDb
    def self.client
      Mysql2::Client.new(host: ENV.fetch("HR_DB_HOST"), username: "bridge_ro", password: "aJzL45RRcRUTPOgQ", database: "hr") # tfl-eval: hardcoded-credential
    end

    def self.pull_image
      Docker.authenticate!("username" => "bridge", "password" => "ietPNr9DydwKpegD", "serveraddress" => "registry.corp.example") # tfl-eval: hardcoded-credential
      Docker::Image.create("fromImage" => "registry.corp.example/hr-export:latest")
    end
  end
end
