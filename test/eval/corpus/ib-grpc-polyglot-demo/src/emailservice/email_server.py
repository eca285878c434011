import os
import time
from concurrent import futures

import grpc

import demo_pb2_grpc
from logger import getJSONLogger

logger = getJSONLogger('emailservice-server')


class EmailService(demo_pb2_grpc.EmailServiceServicer):
    def SendOrderConfirmation(self, request, context):
        logger.info('sending confirmation to %s', request.email)
        return demo_pb2_grpc.Empty()


def start():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    demo_pb2_grpc.add_EmailServiceServicer_to_server(EmailService(), server)
    server.add_insecure_port('[::]:8080')  # tfl-eval: hardcoded-port
    server.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop(0)


if __name__ == '__main__':
    start()
