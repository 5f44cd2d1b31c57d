import { main } from '../../server/main.js';

/** `platewise serve`: the same server as `npm start` (the web app must have been built). */
export async function runServer(argv: string[]): Promise<number> {
  await main(argv);
  return await new Promise<number>(() => undefined); // runs until a signal stops the process
}
