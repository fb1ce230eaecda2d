import { loadConfig } from './config.js';
import { AccountsService } from './accounts/accountsService.js';
import { createLogger } from './logger.js';
import { openStore } from './store/openStore.js';

const usage = `Usage: pnpm cli invite <supporter|moderator>
  Prints a single-use invite link (for the first moderator, or for supporters).
  Uses the same environment as the server (REDIS_URL, PUBLIC_URL).`;

/** Operators' command line: the same invites a moderator makes in the app. */
async function cli(args: string[]) {
  const [command, role] = args;
  if (command !== 'invite' || (role !== 'supporter' && role !== 'moderator')) {
    console.error(usage);
    process.exit(2);
  }
  const config = loadConfig();
  if (!config.REDIS_URL) {
    console.error(
      'The in-memory store lives inside the server process: use the setup link the server printed, or run with REDIS_URL.',
    );
    process.exit(2);
  }
  const { store } = await openStore(config, createLogger('silent'));
  const accounts = new AccountsService(store, config);
  const { token } = await accounts.createInvite(role, null);
  console.log(accounts.inviteUrl(token));
  await store.close();
}

cli(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
