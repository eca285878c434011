from cassandra.cluster import Cluster

# The readings keyspace lives on the plant's three-node ring.
cluster = Cluster(["10.20.0.11", "10.20.0.12", "10.20.0.13"], port=9042)  # tfl-eval: hardcoded-backing-service
session = cluster.connect("readings")
