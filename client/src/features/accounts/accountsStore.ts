import type { AccountRole, AccountView } from '@alongside/shared';
import { request } from '../../lib/socket';
import { createStore } from '../../lib/store';

export const accountsStore = createStore<{ accounts: AccountView[]; loaded: boolean }>({
  accounts: [],
  loaded: false,
});

export async function loadAccounts(): Promise<void> {
  const { accounts } = await request('account:list', {});
  accountsStore.set({ accounts, loaded: true });
}

export async function setAccountDisabled(accountId: string, disabled: boolean): Promise<void> {
  const { account } = await request('account:set-disabled', { accountId, disabled });
  accountsStore.set((s) => ({
    ...s,
    accounts: s.accounts.map((a) => (a.id === account.id ? account : a)),
  }));
}

export async function createInvite(
  role: AccountRole,
): Promise<{ inviteUrl: string; expiresAt: number }> {
  return request('account:invite', { role });
}
