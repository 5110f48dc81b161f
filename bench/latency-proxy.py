#!/usr/bin/env python3
"""A TCP proxy that adds a delay to every round trip: what the program sees of a database
server across a network. Each chunk from the client reaches the server DELAY_MS later, so a
request/answer round trip takes DELAY_MS longer than on loopback.

Usage: bench/latency-proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT [DELAY_MS=5]
"""
import asyncio
import sys


async def pipe(reader, writer, delay):
    try:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            if delay:
                await asyncio.sleep(delay)
            writer.write(chunk)
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        writer.close()


async def main():
    listen, host, port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    delay = (float(sys.argv[4]) if len(sys.argv) > 4 else 5.0) / 1000.0

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection(host, port)
        await asyncio.gather(pipe(client_reader, server_writer, delay),
                             pipe(server_reader, client_writer, 0))

    server = await asyncio.start_server(handle, '127.0.0.1', listen)
    async with server:
        await server.serve_forever()


asyncio.run(main())
