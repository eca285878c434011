module github.com/tallyco/partner-sdk

go 1.22
