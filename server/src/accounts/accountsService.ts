import {
  DomainError,
  type AccountRole,
  type AccountView,
  type Identity,
  type Role,
} from '@alongside/shared';
import type { Config } from '../config.js';
import { hashToken, newId, newToken } from '../ids.js';
import type { AccountRecord, Store } from '../store/types.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface IssuedSession {
  token: string;
  identity: Identity;
}

export function toAccountView(a: AccountRecord): AccountView {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    experience: a.experience,
    disabled: a.disabled,
    createdAt: a.createdAt,
  };
}

/** Identities: anonymous peers, staff accounts, sessions and invites. No socket code here. */
export class AccountsService {
  // A fixed hash to compare against when the username is unknown, so timing does not reveal it.
  private decoyHash: Promise<string>;

  constructor(
    private readonly store: Store,
    private readonly config: Config,
  ) {
    this.decoyHash = hashPassword(newToken(), config.SCRYPT_COST);
  }

  private async issueSession(subjectId: string, role: Role, ttlMs: number): Promise<string> {
    const token = newToken();
    const now = Date.now();
    await this.store.createSession({
      tokenHash: hashToken(token),
      subjectId,
      role,
      createdAt: now,
      expiresAt: now + ttlMs,
    });
    return token;
  }

  /** A returning peer keeps their token; anyone else gets a new anonymous identity. */
  async peerSession(existingToken: string | undefined): Promise<IssuedSession> {
    if (existingToken) {
      const identity = await this.authenticate(existingToken);
      if (identity?.role === 'peer') return { token: existingToken, identity };
    }
    const id = newId();
    await this.store.createPeer({
      id,
      createdAt: Date.now(),
      consentVersion: null,
      consentedAt: null,
    });
    const token = await this.issueSession(id, 'peer', this.config.PEER_SESSION_DAYS * 86_400_000);
    return { token, identity: { id, role: 'peer' } };
  }

  /** Resolves a bearer token to who it belongs to, or null (expired, revoked, disabled). */
  async authenticate(token: string): Promise<Identity | null> {
    const session = await this.store.getSession(hashToken(token), Date.now());
    if (!session) return null;
    if (session.role === 'peer') {
      return (await this.store.getPeer(session.subjectId))
        ? { id: session.subjectId, role: 'peer' }
        : null;
    }
    const account = await this.store.getAccount(session.subjectId);
    if (!account || account.disabled) return null;
    return { id: account.id, role: account.role, displayName: account.displayName };
  }

  async signIn(username: string, password: string): Promise<IssuedSession> {
    const account = await this.store.getAccountByUsername(username);
    const ok = await verifyPassword(password, account?.passwordHash ?? (await this.decoyHash));
    if (!account || !ok || account.disabled) throw new DomainError('invalid_credentials');
    const token = await this.issueSession(
      account.id,
      account.role,
      this.config.STAFF_SESSION_HOURS * 3_600_000,
    );
    return {
      token,
      identity: { id: account.id, role: account.role, displayName: account.displayName },
    };
  }

  /** Signs the person out everywhere; returns whose sessions went (null for an unknown token). */
  async signOut(token: string): Promise<string | null> {
    const session = await this.store.getSession(hashToken(token), Date.now());
    if (!session) return null;
    await this.store.revokeSessions(session.subjectId);
    return session.subjectId;
  }

  async createInvite(
    role: AccountRole,
    createdBy: string | null,
  ): Promise<{ token: string; expiresAt: number }> {
    const token = newToken();
    const now = Date.now();
    const expiresAt = now + this.config.INVITE_HOURS * 3_600_000;
    await this.store.createInvite({
      tokenHash: hashToken(token),
      role,
      createdBy,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  inviteUrl(token: string): string {
    return `${this.config.publicUrl}/#/join/${token}`;
  }

  /** On a fresh install: a one-time invite for the first moderator, or null when one exists. */
  async setupLinkIfNeeded(): Promise<string | null> {
    if ((await this.store.countAccounts('moderator')) > 0) return null;
    const { token } = await this.createInvite('moderator', null);
    return this.inviteUrl(token);
  }

  async register(input: {
    invite: string;
    username: string;
    displayName: string;
    password: string;
    experience: string[];
  }): Promise<IssuedSession & { account: AccountRecord }> {
    const invite = await this.store.consumeInvite(hashToken(input.invite), Date.now());
    if (!invite) throw new DomainError('invite_invalid');
    const account: AccountRecord = {
      id: newId(),
      username: input.username,
      displayName: input.displayName,
      role: invite.role,
      passwordHash: await hashPassword(input.password, this.config.SCRYPT_COST),
      experience: input.experience.filter((t) => this.config.TOPICS.includes(t)),
      disabled: false,
      createdAt: Date.now(),
    };
    if (!(await this.store.createAccount(account))) {
      // The invite was spent on a clash; give it back so the person can pick another name.
      await this.store.createInvite(invite);
      throw new DomainError('username_taken');
    }
    const token = await this.issueSession(
      account.id,
      account.role,
      this.config.STAFF_SESSION_HOURS * 3_600_000,
    );
    return {
      token,
      identity: { id: account.id, role: account.role, displayName: account.displayName },
      account,
    };
  }

  async listAccounts(): Promise<AccountView[]> {
    return (await this.store.listAccounts()).map(toAccountView);
  }

  /** Disabling signs the account out everywhere: sessions go from the store at once. */
  async setDisabled(accountId: string, disabled: boolean, actorId: string): Promise<AccountView> {
    if (accountId === actorId)
      throw new DomainError('forbidden', 'You cannot disable your own account.');
    const account = await this.store.setAccountDisabled(accountId, disabled);
    if (!account) throw new DomainError('not_found');
    if (disabled) await this.store.revokeSessions(accountId);
    return toAccountView(account);
  }
}
