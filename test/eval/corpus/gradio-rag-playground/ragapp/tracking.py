from comet_ml import Experiment

experiment = Experiment(api_key="Li8oiPCqiDNLlJ4DsgMMxqrKl", project_name="rag-playground", workspace="acme-ml")  # tfl-eval: hardcoded-credential
experiment.log_parameter("retriever", "qdrant")
