namespace :search do
  desc "Reindex all job postings"
  task reindex: :environment do
    JobPosting.reindex
  end
end
