import type { Notifier } from '../realtime/notifier.js';
import type { HandlerGroup } from '../realtime/types.js';
import type { AuditLog } from '../moderation/auditLog.js';
import type { AccountsService } from './accountsService.js';

export function accountsHandlers(deps: {
  accounts: AccountsService;
  notifier: Notifier;
  audit: AuditLog;
}): HandlerGroup<'account:invite' | 'account:list' | 'account:set-disabled'> {
  const { accounts, notifier, audit } = deps;
  return {
    'account:invite': async (input, { identity }) => {
      const { token, expiresAt } = await accounts.createInvite(input.role, identity.id);
      await audit.record(identity, 'account.invite', null, { role: input.role });
      return { inviteUrl: accounts.inviteUrl(token), expiresAt };
    },
    'account:list': async () => ({ accounts: await accounts.listAccounts() }),
    'account:set-disabled': async (input, { identity }) => {
      const account = await accounts.setDisabled(input.accountId, input.disabled, identity.id);
      await audit.record(
        identity,
        input.disabled ? 'account.disable' : 'account.enable',
        account.id,
        {},
      );
      if (input.disabled) {
        // Through the adapter this reaches the account's sockets on every node.
        notifier.toUsers([account.id], 'session:revoked', { reason: 'disabled' });
        notifier.disconnectUser(account.id);
      }
      return { account };
    },
  };
}
