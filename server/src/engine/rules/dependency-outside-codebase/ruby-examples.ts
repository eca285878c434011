// Gemfile examples; each names the Gemfile's place in its repository (`repositoryPath`), as the node layer does.
import { at } from './example-place';
import type { Examples } from '../../rule';


export const rubyExamples: Examples = {
  valid: [
    {
      name: 'rubygems versions, git and github sources pinned to a tag or a commit, engines inside the repository',
      ...at('Gemfile'),
      code:
        'source "https://rubygems.org"\n\ngem "rails", "~> 7.1.3"\ngem "catalog", path: "engines/catalog"\n' +
        'gem "acme_ui", git: "https://github.com/acme/acme_ui.git", tag: "v2.4.1"\ngem "pagy", github: "ddnexus/pagy", ref: "8e3f1c2"\n' +
        'path "engines" do\n  gem "orders"\nend\n',
    },
    {
      name: 'a service of a monorepo taking a gem from a sibling folder of the same repository',
      ...at('services/api/Gemfile'),
      code: 'gem "ledger_core", path: "../../gems/ledger_core"\ngem "events", path: File.expand_path("../events", __dir__)\n',
    },
    {
      name: 'a path from the environment (a developer opting into a local checkout), eval_gemfile, gemspec',
      ...at('Gemfile'),
      code:
        'if ENV["ACME_SEARCH_PATH"]\n  gem "acme_search", path: ENV["ACME_SEARCH_PATH"]\nelse\n  gem "acme_search", "~> 0.9"\nend\n' +
        'gem "acme_tools", path: "#{ENV.fetch("GEMS_HOME")}/acme_tools"\neval_gemfile "../shared/Gemfile.common"\ngemspec path: "."\n',
    },
    {
      name: "a Rails engine's test app (spec/dummy) points at the engine from inside its tests",
      ...at('spec/dummy/Gemfile'),
      code: 'gem "storefront", path: "../../.."\ngem "acme_auth", path: "../../../../acme_auth"\n',
    },
    {
      name: 'path: on anything but gem and a path block, and a Ruby file that is not a Gemfile',
      ...at('config/deploy.rb'),
      code: 'set :deploy_to, "/var/www/shop"\ngem "x", path: "../x"\npath "../gems" do\n  gem "y"\nend\n',
    },
  ],
  invalid: [
    {
      name: 'gem path: options (both hash styles), File.expand_path from __dir__ and __FILE__, absolute and home paths',
      ...at('Gemfile'),
      code:
        'gem "acme_auth", path: ⟦"../acme_auth"⟧\ngem "acme_billing", :path => ⟦\'../../platform/acme_billing\'⟧\n' +
        'gem "factories", path: ⟦File.expand_path("../factories", __dir__)⟧\ngem "pdf", path: ⟦File.expand_path("../../pdf", __FILE__)⟧\n' +
        'gem "rubocop-acme", path: ⟦"/Users/dev/code/rubocop-acme"⟧\ngem "rules", "~> 1.2", path: ⟦"~/src/rules"⟧\n',
      messageIncludes: ['Gemfile path gem'],
      severity: 'warning',
    },
    {
      name: 'a path block: every gem in it comes from a folder outside the repository',
      ...at('api/gems.rb'),
      code: 'path ⟦"../../shared-gems"⟧ do\n  gem "acme_events"\n  gem "acme_metrics"\nend\n',
      messageIncludes: ['Gemfile path block'],
    },
    {
      name: 'inside a group block too',
      ...at('Gemfile'),
      code: 'group :development, :test do\n  gem "acme_factories", path: ⟦"../acme_factories"⟧\nend\n',
    },
  ],
};
