require 'cloudinary'

# Uploads new photos from assets/originals to Cloudinary at build time and
# exposes their delivery URLs to Liquid as site.data['photos'].
module Jekyll
  class CloudinarySync < Generator
    safe false
    priority :high

    def generate(site)
      Cloudinary.config do |config|
        config.cloud_name = 'maralindqvist'
        config.api_key = '233399612967320' # tfl-eval-not: hardcoded-credential
        config.api_secret = 'guAx4zWE2kjgOOkMmyI77SJ1EuH' # tfl-eval: hardcoded-credential
        config.secure = true
      end

      site.data['photos'] = Dir[File.join(site.source, 'assets/originals/*.jpg')].map do |path|
        public_id = File.basename(path, '.jpg')
        Cloudinary::Uploader.upload(path, public_id: public_id, overwrite: false, unique_filename: false)
        { 'id' => public_id, 'url' => Cloudinary::Utils.cloudinary_url(public_id, width: 1600, crop: :limit) }
      end
    end
  end
end
