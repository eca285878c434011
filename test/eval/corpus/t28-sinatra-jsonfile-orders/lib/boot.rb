require "json"

# Written at boot for the status page: the release's build info, never a user's data.
BUILD_INFO = File.join(__dir__, "..", "public", "build.json")
File.write(BUILD_INFO, { sha: ENV.fetch("GIT_SHA", "dev") }.to_json) # tfl-eval-not: memory-session-store

def build_info
  JSON.parse(File.read(BUILD_INFO))
end
