require 'rails_helper'
require 'sidekiq/testing'

RSpec.describe DigestWorker do
  it 'enqueues on the digests queue' do
    Sidekiq::Testing.fake! do
      expect { described_class.perform_async(1) }.to change(described_class.jobs, :size).by(1)
    end
  end
end
