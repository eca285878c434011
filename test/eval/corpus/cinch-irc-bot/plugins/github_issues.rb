require 'net/http'
require 'json'

class GithubIssues
  include Cinch::Plugin

  match(/issue (\d+)/)

  def execute(m, number)
    uri = URI("https://api.github.com/repos/#{config[:repo]}/issues/#{number}")
    request = Net::HTTP::Get.new(uri)
    request['Authorization'] = "token #{config[:token]}" # tfl-eval-not: hardcoded-credential
    response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
    issue = JSON.parse(response.body)
    m.reply "##{number}: #{issue['title']} (#{issue['state']}) #{issue['html_url']}"
  end
end
