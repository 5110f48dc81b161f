#!/usr/bin/env python3
"""A TCP proxy that adds a delay to every round trip: what the program sees of a database
server across a network. Each chunk from the client reaches the server DELAY_MS after it
arrived (chunks in flight overlap, as on a real link), so a request/answer round trip takes
DELAY_MS longer than on loopback, however large the request.

Usage: bench/latency-proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT [DELAY_MS=5]
"""
import asyncio
import sys


async def pipe(reader, writer, delay):
    """Each chunk reaches the other side `delay` after it arrived, as on a real link: chunks in
    flight overlap, so latency is added once per round trip, not once per chunk."""
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, chunk = await queue.get()
            if chunk is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(chunk)
            await writer.drain()

    sender = asyncio.ensure_future(deliver())
    try:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            queue.put_nowait((loop.time() + delay, chunk))
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        queue.put_nowait((0, None))
        try:
            await sender
        except (ConnectionResetError, BrokenPipeError):
            pass
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
