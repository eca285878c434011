require 'mux_ruby'

class TranscodeWorker
  include Shoryuken::Worker
  shoryuken_options queue: 'transcodes', auto_delete: true, body_parser: :json

  MuxRuby.configure do |config|
    config.username = '57202425-0ec1-79d6-9fce-4001ad6d4b27' # tfl-eval-not: hardcoded-credential
    config.password = 'zrKVvthP3TZZTeUfs3jp2hceSLnJoOVE/wrQjqxmv9EuSOmLDjMZHBs9xioNNGsz9XKHa0KYqbE' # tfl-eval: hardcoded-credential
  end

  def perform(_sqs_msg, body)
    assets = MuxRuby::AssetsApi.new
    input = MuxRuby::InputSettings.new(url: body.fetch('source_url'))
    request = MuxRuby::CreateAssetRequest.new(input: [input], playback_policy: [MuxRuby::PlaybackPolicy::SIGNED])
    asset = assets.create_asset(request)
    Video.find(body.fetch('video_id')).update!(mux_asset_id: asset.data.id)
  end
end
