module github.com/example/clinic-website/docs

go 1.21

require github.com/google/docsy v0.8.0 // indirect
