import click
import logging


@click.command()
@click.option("--log-file", type=click.Path(), default=None)
def main(log_file):
    logging.basicConfig(filename=log_file, level=logging.INFO)  # tfl-eval-not: file-logger
    logging.info("import started")


if __name__ == "__main__":
    main()
