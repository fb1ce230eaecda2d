// `npm start`: install, build, and run one server on the in-memory store with the client served.
import { spawn } from 'node:child_process';
import { installAndBuild, pnpm } from './toolchain.mjs';

const pm = pnpm();
installAndBuild(pm);
const server = spawn(process.execPath, ['server/dist/main.js'], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
