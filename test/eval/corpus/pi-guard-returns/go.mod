module example.com/guarded

go 1.22
