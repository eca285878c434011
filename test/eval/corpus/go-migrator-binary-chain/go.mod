module example.com/ledgerd

go 1.22
