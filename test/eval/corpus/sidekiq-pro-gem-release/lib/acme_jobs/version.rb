module AcmeJobs
  VERSION = "3.4.1"
end
