##
# This file mounts each app in the Padrino project to a specified sub-uri.
#
Padrino.configure_apps do
  # enable :sessions
  set :session_secret, 'd700510a93f44a76acf1da582e5e19d84ac590787ab6eb088b25d79e303cae30' # tfl-eval: hardcoded-credential
  set :protection, :except => :path_traversal
  set :protect_from_csrf, true
end

# Mounts the core application for this project
Padrino.mount('Kennel::App', :app_file => Padrino.root('app/app.rb')).to('/')
Padrino.mount('Kennel::Admin', :app_file => Padrino.root('admin/app.rb')).to('/admin')
