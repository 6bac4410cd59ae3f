// A TCP proxy on 127.0.0.1 between the server and PostgreSQL that injects faults on the network
// (issue 16 §1, the slow database): every chunk delayed by N ms in both directions, or a complete
// stall (nothing forwarded, connections accepted but silent), and back to normal. Bytes keep
// their order in every mode; what a stall held back is forwarded when it ends.
import net from "node:net";

export type ProxyMode = { kind: "normal" } | { kind: "delay"; ms: number } | { kind: "stall" };

export interface DelayProxy {
  port: number;
  /** The same URL with the proxy's host and port. */
  route(url: string): string;
  set(mode: ProxyMode): void;
  /** Connections open now. */
  connections(): number;
  close(): Promise<void>;
}

interface Pipe {
  from: net.Socket;
  to: net.Socket;
  held: Buffer[];
  /** When the last delayed chunk is due: later chunks never overtake it, whatever the mode. */
  due: number;
}

export async function startDelayProxy(targetPort: number): Promise<DelayProxy> {
  let mode: ProxyMode = { kind: "normal" };
  const pipes = new Set<Pipe>();
  const sockets = new Set<net.Socket>();

  const forward = (pipe: Pipe, chunk: Buffer) => {
    if (mode.kind === "stall") {
      pipe.held.push(chunk);
      return;
    }
    const now = performance.now();
    const at = Math.max(now + (mode.kind === "delay" ? mode.ms : 0), pipe.due);
    if (at <= now) {
      pipe.to.write(chunk);
      return;
    }
    pipe.due = at;
    setTimeout(() => pipe.to.destroyed || pipe.to.write(chunk), at - now);
  };

  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on("error", () => undefined);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    const up: Pipe = { from: client, to: upstream, held: [], due: 0 };
    const down: Pipe = { from: upstream, to: client, held: [], due: 0 };
    for (const pipe of [up, down]) {
      pipes.add(pipe);
      pipe.from.on("data", (chunk: Buffer) => forward(pipe, chunk));
      pipe.from.on("close", () => pipes.delete(pipe));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    route: (url) => {
      const parsed = new URL(url);
      parsed.hostname = "127.0.0.1";
      parsed.port = String(port);
      return parsed.toString();
    },
    set: (next) => {
      mode = next;
      if (next.kind === "stall") return;
      for (const pipe of pipes) {
        const held = pipe.held.splice(0);
        for (const chunk of held) forward(pipe, chunk);
      }
    },
    connections: () => sockets.size / 2,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
