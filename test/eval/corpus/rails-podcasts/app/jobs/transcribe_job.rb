class TranscribeJob < ApplicationJob
  queue_as :default

  ASSEMBLY_TOKEN = '162a117ce594b5c0eef9c6e4632654ec' # tfl-eval: hardcoded-credential

  def perform(episode)
    conn = Faraday.new(url: 'https://api.assemblyai.com/v2') do |f|
      f.request :json
      f.headers['authorization'] = ASSEMBLY_TOKEN
    end
    conn.post('transcript', audio_url: episode.audio_url)
  end
end
