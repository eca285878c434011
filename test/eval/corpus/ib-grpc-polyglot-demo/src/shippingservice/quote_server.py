import os
from concurrent import futures

import grpc

import demo_pb2_grpc


def serve():
    port = os.environ.get('PORT', '50051')
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    demo_pb2_grpc.add_ShippingServiceServicer_to_server(ShippingService(), server)
    server.add_insecure_port('[::]:' + port)  # tfl-eval-not: hardcoded-port
    server.start()
    server.wait_for_termination()


if __name__ == '__main__':
    serve()
