require_relative 'app'

# The base class (app.rb) configures the session secret.
class AdminApp < NotesApp
  enable :sessions # tfl-eval-not: per-process-secret

  get '/admin' do
    halt 403 unless session[:admin]
    'ok'
  end
end
