require 'net/http'
require 'json'

module InstagramHelpers
  INSTAGRAM_TOKEN = 'IGQWjZA6IN1lVVUMHZnnG5OXdVTmoGGlxyZ-DOliATERraPstC8JtEQrcGGW-YzU6wsDl_YmSSAI6Oz9ih6ovqr67a1JFWTnU937DZa4d_PM6NWBdwpVcN2-klqVQvVPIfmXF0Ir1oerpNyqnlfcNIKSyv' # tfl-eval: hardcoded-credential

  def latest_posts(count = 6)
    uri = URI("https://graph.instagram.com/me/media?fields=id,caption,media_url,permalink&limit=#{count}&access_token=#{INSTAGRAM_TOKEN}")
    JSON.parse(Net::HTTP.get(uri)).fetch('data', [])
  rescue StandardError
    []
  end
end
