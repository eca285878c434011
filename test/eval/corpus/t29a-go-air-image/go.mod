module example.com/pasteboard

go 1.22
