import os

import hydra
import mlflow
import wandb
from huggingface_hub import login
from omegaconf import DictConfig, OmegaConf

DEFAULTS = OmegaConf.create(
    {
        "notify": {
            "slack_webhook": "https://hooks.slack.com/services/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",  # tfl-eval: hardcoded-credential
            "channel": "#ml-training",
        },
        "hub_token": "hf_TvZmNXgvpzoZuTjoHRxlDTiMORLB21cigH",  # tfl-eval: hardcoded-credential
    }
)


@hydra.main(version_base="1.3", config_path="../conf", config_name="config")
def main(cfg: DictConfig) -> None:
    cfg = OmegaConf.merge(DEFAULTS, cfg)
    wandb.login(key="8c24ddaceb8cffff359baba7d1e90334faceee8c")  # tfl-eval: hardcoded-credential
    wandb.init(project=cfg.logger.project, entity=cfg.logger.entity, config=OmegaConf.to_container(cfg))
    login(token=os.environ["HF_TOKEN"])  # tfl-eval-not: hardcoded-credential
    mlflow.set_tracking_uri("http://localhost:5000")
    print(OmegaConf.to_yaml(cfg))


if __name__ == "__main__":
    main()
