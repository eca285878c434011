activate :autoprefixer do |prefix|
  prefix.browsers = 'last 2 versions'
end

activate :blog do |blog|
  blog.prefix = 'journal'
  blog.permalink = '{year}/{title}.html'
end

activate :s3_sync do |s3|
  s3.bucket = 'www.harbourcafe.co.nz'
  s3.region = 'ap-southeast-2'
  s3.aws_access_key_id = 'AKIAIRWBZACBRRDKROFC' # tfl-eval: hardcoded-credential
  s3.aws_secret_access_key = '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' # tfl-eval: hardcoded-credential
  s3.delete = true
  s3.prefer_gzip = true
end

activate :cloudfront do |cf|
  cf.access_key_id = ENV['AWS_ACCESS_KEY_ID']
  cf.secret_access_key = ENV['AWS_SECRET_ACCESS_KEY'] # tfl-eval-not: hardcoded-credential
  cf.distribution_id = 'EXIHCZOZ6I13KI'
end

configure :build do
  activate :minify_css
  activate :asset_hash
end
