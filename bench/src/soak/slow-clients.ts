import { connect, type Socket } from "node:net";

/** What happened to one slow client. */
export interface SlowClientFate {
  style: "headers" | "body";
  bytesSent: number;
  /** Seconds from opening until the server closed the connection; null if it was still open at the end. */
  closedAfterSeconds: number | null;
  /** The status line the server sent before closing, if any (e.g. `HTTP/1.1 408 Request Timeout`). */
  answer: string | null;
  error: string | null;
}

/** Slow clients under way. */
export interface SlowClients {
  fates: SlowClientFate[];
  /** Closes the ones still open (their fate stays "open at the end") and returns every fate. */
  stop(): SlowClientFate[];
}

/**
 * Opens `count` connections to kgx that send one byte a second: half drip a request's headers and never end
 * them (slowloris), half send whole headers announcing a 100 kB body and then drip the body. Each records when
 * the server closed it and what, if anything, it answered. Bounded: each stops sending after `maxSeconds`.
 */
export function openSlowClients(port: number, count: number, maxSeconds: number): SlowClients {
  const sockets: Socket[] = [];
  const fates: SlowClientFate[] = [];
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  for (let i = 0; i < count; i++) {
    const style = i % 2 === 0 ? "headers" : "body";
    const fate: SlowClientFate = { style, bytesSent: 0, closedAfterSeconds: null, answer: null, error: null };
    fates.push(fate);
    const opened = performance.now();
    const socket = connect({ host: "127.0.0.1", port });
    sockets.push(socket);
    const start =
      style === "headers"
        ? "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Slow: "
        : "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
    // The request line goes out whole so the server sees a request begin; then one byte a second.
    socket.once("connect", () => {
      socket.write(start);
      fate.bytesSent += start.length;
      const timer = setInterval(() => {
        if (socket.destroyed || performance.now() - opened > maxSeconds * 1000) {
          clearInterval(timer);
          return;
        }
        socket.write(style === "headers" ? "a" : "{");
        fate.bytesSent++;
      }, 1000);
      timers.push(timer);
    });
    socket.setEncoding("latin1").on("data", (chunk: string) => {
      fate.answer ??= chunk.split("\r\n")[0] ?? chunk.slice(0, 80);
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      fate.error ??= error.code ?? error.message;
    });
    socket.once("close", () => {
      if (fate.closedAfterSeconds === null && !stopped) {
        fate.closedAfterSeconds = Math.round((performance.now() - opened) / 100) / 10;
      }
    });
  }
  return {
    fates,
    stop: () => {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      return fates;
    },
  };
}
