import net from "node:net";
import { CliError } from "./run-cli";

/** Fails with a clear message when something already listens on the port. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new CliError(`Port ${port} is already in use. Stop what uses it, or choose another port: PORT=3001 npm run dev`));
      else if (error.code === "EACCES") reject(new CliError(`Not allowed to listen on port ${port}. Choose a port above 1024 with PORT=…`));
      else reject(error);
    });
    server.listen({ port, host: host === "localhost" ? undefined : host, exclusive: true }, () => server.close(() => resolve()));
  });
}
