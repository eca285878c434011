module Ops
  module Registry
    module_function

    def login!
      system("docker", "login", "-u", "acme-ci", "-p", "Rz8xK3mQw5Nv2LtY", "registry.acme.internal") || raise("login failed") # tfl-eval: hardcoded-credential
    end

    def login_from_env!
      system("docker login -u acme-ci --password-stdin registry.acme.internal", in: StringIO.new(ENV.fetch("REGISTRY_PASSWORD"))) # tfl-eval-not: hardcoded-credential
    end

    def prompt
      puts "Enter the registry password:" # tfl-eval-not: hardcoded-credential
    end
  end
end
