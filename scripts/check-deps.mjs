#!/usr/bin/env node
// Checks every version resolved in pnpm-lock.yaml against the project's own list of minimum safe
// versions (security/min-versions.json). The npm audit service is unreachable from the build
// machines, so this list is kept by hand; docs/dependencies.md explains how to update it.
//
//   node scripts/check-deps.mjs               check the repository's pnpm-lock.yaml
//   node scripts/check-deps.mjs --self-test   prove the checker itself on synthetic lockfiles
//
// Options: --lockfile <path>, --config <path>, --strict (a resolved version on a line the list
// has no entry for fails instead of warning), --quiet (only problems and the summary).
//
// Exit status: 0 all good; 1 a resolved version is below its minimum, is on a line with no
// patched release, is an excluded publish, cannot be parsed, a required request-path package is
// missing from the lockfile (the parser broke), or the list itself is invalid; 2 usage or I/O
// error. No dependencies: the lockfile is read line by line, not with a YAML library.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');

export const DEFAULT_CONFIG = path.join(repoRoot, 'security', 'min-versions.json');
export const DEFAULT_LOCKFILE = path.join(repoRoot, 'pnpm-lock.yaml');

/** Packages on the request path: if any is absent from the lockfile, the parser is broken. */
export const REQUIRED_IN_LOCKFILE = Object.freeze([
  'socket.io',
  'engine.io',
  'socket.io-parser',
  'ws',
  'express',
]);

// ---------------------------------------------------------------------------------------------
// Semantic versions (semver 2.0.0 precedence; build metadata ignored)
// ---------------------------------------------------------------------------------------------

const IDENT = String.raw`(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER_RE = new RegExp(
  String.raw`^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
    String.raw`(?:-(${IDENT}(?:\.${IDENT})*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$`,
);

/** Parses "1.2.3", "1.2.3-rc.1", "1.2.3+build"; returns null for anything else. */
export function parseVersion(text) {
  if (typeof text !== 'string') return null;
  const m = SEMVER_RE.exec(text.trim());
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    pre: m[4] === undefined ? [] : m[4].split('.'),
    raw: text.trim(),
  };
}

function comparePre(a, b) {
  if (a.length === 0 && b.length === 0) return 0;
  if (a.length === 0) return 1; // a release sorts after its prereleases
  if (b.length === 0) return -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn) return -1; // numeric identifiers sort before alphanumeric ones
    if (yn) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Compares two versions (strings or parsed); returns -1, 0 or 1. Throws on invalid input. */
export function compareVersions(a, b) {
  const x = typeof a === 'string' ? parseVersion(a) : a;
  const y = typeof b === 'string' ? parseVersion(b) : b;
  if (!x || !y) throw new Error(`cannot compare versions ${String(a)} and ${String(b)}`);
  for (const key of ['major', 'minor', 'patch']) {
    if (x[key] !== y[key]) return x[key] < y[key] ? -1 : 1;
  }
  return comparePre(x.pre, y.pre);
}

// ---------------------------------------------------------------------------------------------
// Version lines: an integer major N, or a range string such as ">=3.4.0 <4.0.0".
// A line is an interval. Bounds given with >= or < and no prerelease tag carry that version's
// prereleases with them (">=4" and ">=4.0.0" both start at 4.0.0-0; "<5" ends before 5.0.0-0),
// so 5.0.0-rc.1 belongs to the 5.x line, not the 4.x line.
// ---------------------------------------------------------------------------------------------

const PARTIAL_RE = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?$/;

function lowestOf(version) {
  return version.pre.length === 0 ? { ...version, pre: ['0'] } : version;
}

function parseBoundVersion(text, op) {
  const full = parseVersion(text);
  if (full) return full;
  const m = PARTIAL_RE.exec(text);
  if (!m || (m[2] !== undefined && m[3] !== undefined)) return null;
  if (op !== '>=' && op !== '<') return null; // ">4" or "<=4" would be ambiguous
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: 0, pre: [], raw: text };
}

function tighterLower(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersions(a.v, b.v);
  if (c !== 0) return c > 0 ? a : b;
  return a.incl ? b : a;
}

function tighterUpper(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersions(a.v, b.v);
  if (c !== 0) return c < 0 ? a : b;
  return a.incl ? b : a;
}

/** Turns an entry's `major` field into { lo, hi, label }; throws with a reason if invalid. */
export function parseLine(major) {
  if (Number.isInteger(major) && major >= 0) {
    return {
      lo: { v: lowestOf(parseVersion(`${major}.0.0`)), incl: true },
      hi: { v: lowestOf(parseVersion(`${major + 1}.0.0`)), incl: false },
      label: `${major}.x`,
    };
  }
  if (typeof major !== 'string' || major.trim() === '') {
    throw new Error('"major" must be a non-negative integer or a range string');
  }
  let lo = null;
  let hi = null;
  for (const token of major.trim().split(/\s+/)) {
    const m = /^(>=|<=|>|<|=)?(.+)$/.exec(token);
    const op = m[1] ?? '=';
    const v = parseBoundVersion(m[2], op);
    if (!v) throw new Error(`cannot read comparator "${token}" in "${major}"`);
    if (op === '>=') lo = tighterLower(lo, { v: lowestOf(v), incl: true });
    else if (op === '>') lo = tighterLower(lo, { v, incl: false });
    else if (op === '<') hi = tighterUpper(hi, { v: lowestOf(v), incl: false });
    else if (op === '<=') hi = tighterUpper(hi, { v, incl: true });
    else {
      lo = tighterLower(lo, { v, incl: true });
      hi = tighterUpper(hi, { v, incl: true });
    }
  }
  if (!lo && !hi) throw new Error(`range "${major}" has no bounds`);
  const line = { lo, hi, label: major.trim() };
  if (lo && hi && !intervalNonEmpty(lo, hi)) throw new Error(`range "${major}" is empty`);
  return line;
}

function intervalNonEmpty(lo, hi) {
  if (!lo || !hi) return true;
  const c = compareVersions(lo.v, hi.v);
  return c < 0 || (c === 0 && lo.incl && hi.incl);
}

/** True if the version lies on the line. */
export function lineContains(line, version) {
  const v = typeof version === 'string' ? parseVersion(version) : version;
  if (line.lo) {
    const c = compareVersions(v, line.lo.v);
    if (c < 0 || (c === 0 && !line.lo.incl)) return false;
  }
  if (line.hi) {
    const c = compareVersions(v, line.hi.v);
    if (c > 0 || (c === 0 && !line.hi.incl)) return false;
  }
  return true;
}

function linesOverlap(a, b) {
  return intervalNonEmpty(tighterLower(a.lo, b.lo), tighterUpper(a.hi, b.hi));
}

// ---------------------------------------------------------------------------------------------
// The list of minimum versions
// ---------------------------------------------------------------------------------------------

// GitHub advisory ids use a restricted alphabet, so a typo in an id is usually caught here.
const ADVISORY_ID_RE = /^(?:GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/;

/**
 * Validates a parsed min-versions.json. Returns { packages, required, errors }, where packages
 * maps a package name to its entries, each with the parsed `line`.
 */
export function validateConfig(config) {
  const errors = [];
  const packages = new Map();
  if (!config || typeof config !== 'object' || Array.isArray(config)) {
    return { packages, required: [...REQUIRED_IN_LOCKFILE], errors: ['the list is not an object'] };
  }
  const extra = config.requiredInLockfile ?? [];
  if (!Array.isArray(extra) || extra.some((n) => typeof n !== 'string')) {
    errors.push('"requiredInLockfile" must be an array of package names');
  }
  const required = [...new Set([...REQUIRED_IN_LOCKFILE, ...(Array.isArray(extra) ? extra : [])])];
  if (!config.packages || typeof config.packages !== 'object' || Array.isArray(config.packages)) {
    errors.push('"packages" must be an object keyed by package name');
    return { packages, required, errors };
  }
  for (const [name, entries] of Object.entries(config.packages)) {
    const where = (i) => `${name}[${i}]`;
    if (!Array.isArray(entries) || entries.length === 0) {
      errors.push(`${name}: expected a non-empty array of entries`);
      continue;
    }
    const checked = [];
    entries.forEach((entry, i) => {
      if (!entry || typeof entry !== 'object') {
        errors.push(`${where(i)}: entry must be an object`);
        return;
      }
      let line;
      try {
        line = parseLine(entry.major);
      } catch (err) {
        errors.push(`${where(i)}: ${err.message}`);
        return;
      }
      const ids = entry.advisories;
      if (!Array.isArray(ids)) {
        errors.push(`${where(i)}: "advisories" must be an array of GHSA/CVE ids`);
      } else {
        for (const id of ids) {
          if (typeof id !== 'string' || !ADVISORY_ID_RE.test(id)) {
            errors.push(`${where(i)}: "${String(id)}" is not a GHSA or CVE id`);
          }
        }
        if (new Set(ids).size !== ids.length) errors.push(`${where(i)}: duplicate advisory id`);
      }
      if (typeof entry.summary !== 'string' || entry.summary.trim() === '') {
        errors.push(`${where(i)}: "summary" is required`);
      }
      if (entry.min === null) {
        if (!parseVersion(entry.upgradeTo ?? '')) {
          errors.push(`${where(i)}: "min": null needs "upgradeTo" naming the fixed version`);
        }
        if (!Array.isArray(ids) || ids.length === 0) {
          errors.push(`${where(i)}: a line with no fix must name the advisories behind it`);
        }
      } else {
        const min = parseVersion(entry.min);
        if (!min) errors.push(`${where(i)}: "min" must be a version like 1.2.3 (or null)`);
        else if (!lineContains(line, min)) {
          errors.push(`${where(i)}: min ${entry.min} is not on line ${line.label}`);
        }
      }
      if (entry.exclude !== undefined) {
        if (!Array.isArray(entry.exclude) || entry.exclude.some((v) => !parseVersion(v))) {
          errors.push(`${where(i)}: "exclude" must be an array of exact versions`);
        }
      }
      for (const other of checked) {
        if (linesOverlap(other.line, line)) {
          errors.push(`${name}: lines ${other.line.label} and ${line.label} overlap`);
        }
      }
      checked.push({ ...entry, line });
    });
    packages.set(name, checked);
  }
  return { packages, required, errors };
}

export function loadConfig(file = DEFAULT_CONFIG) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { packages: new Map(), required: [...REQUIRED_IN_LOCKFILE], errors: [err.message] };
  }
  return validateConfig(parsed);
}

// ---------------------------------------------------------------------------------------------
// pnpm-lock.yaml
// Reads the top-level `packages:` and `snapshots:` sections (keys at two spaces, e.g.
// `'@socket.io/redis-adapter@8.3.0(socket.io-adapter@2.5.8)':`) and the `version:` fields of
// `importers:`. Also accepts the older `/name@version` (v6) and `/name/version` (v5) keys.
// ---------------------------------------------------------------------------------------------

function unquoteKey(rest) {
  const q = rest[0];
  if (q === "'" || q === '"') {
    let out = '';
    for (let i = 1; i < rest.length; i++) {
      const ch = rest[i];
      if (q === "'" && ch === "'" && rest[i + 1] === "'") {
        out += "'";
        i++;
      } else if (q === '"' && ch === '\\' && i + 1 < rest.length) {
        out += rest[i + 1];
        i++;
      } else if (ch === q) {
        return rest
          .slice(i + 1)
          .trimStart()
          .startsWith(':')
          ? out
          : null;
      } else {
        out += ch;
      }
    }
    return null;
  }
  const m = /^([^\s'"][^\s]*?):(?:\s|$)/.exec(rest);
  return m ? m[1] : null;
}

function stripPeerSuffix(text) {
  const paren = text.indexOf('(');
  return paren === -1 ? text : text.slice(0, paren);
}

function isPackageName(name) {
  return name.startsWith('@')
    ? /^@[^/@\s]+\/[^/@\s]+$/.test(name)
    : /^[^/@\s]+$/.test(name) && name.length > 0;
}

/** Splits a lockfile package key into { name, version }, or returns null. */
export function parsePackageKey(rawKey) {
  let key = rawKey.trim();
  const legacy = key.startsWith('/');
  if (legacy) key = key.slice(1);
  key = stripPeerSuffix(key);
  // v9 and v6: name@version (the name may be scoped: @scope/name@version).
  const at = key.indexOf('@', key.startsWith('@') ? 1 : 0);
  if (at > 0) {
    const name = key.slice(0, at);
    const version = key.slice(at + 1);
    if (isPackageName(name) && version) return { name, version };
  }
  // v5: /name/version or /@scope/name/version, peers appended after "_".
  if (legacy) {
    const parts = key.split('/');
    const nameParts = key.startsWith('@') ? 2 : 1;
    if (parts.length < nameParts + 1) return null;
    const name = parts.slice(0, nameParts).join('/');
    const version = parts.slice(nameParts).join('/').split('_')[0];
    if (isPackageName(name) && version) return { name, version };
  }
  return null;
}

/**
 * Parses lockfile text. Returns { lockfileVersion, resolved } where resolved maps a package
 * name to a Map of version -> Set of sections it was seen in.
 */
export function parseLockfile(text) {
  const resolved = new Map();
  let lockfileVersion = null;
  const add = (name, version, section) => {
    if (!resolved.has(name)) resolved.set(name, new Map());
    const versions = resolved.get(name);
    if (!versions.has(version)) versions.set(version, new Set());
    versions.get(version).add(section);
  };

  let section = null;
  let depName = null; // importers: dependency currently being read
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '' || rawLine.trimStart().startsWith('#')) continue;
    const indent = rawLine.length - rawLine.trimStart().length;
    const line = rawLine.trimStart();
    if (indent === 0) {
      const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
      section = m ? m[1] : null;
      depName = null;
      if (m && m[1] === 'lockfileVersion') lockfileVersion = m[2].replace(/^['"]|['"]$/g, '');
      continue;
    }
    if (section === 'packages' || section === 'snapshots') {
      if (indent !== 2) continue;
      const key = unquoteKey(line);
      const parsed = key && parsePackageKey(key);
      if (parsed) add(parsed.name, parsed.version, section);
      continue;
    }
    if (section === 'importers') {
      if (indent === 6) {
        depName = unquoteKey(line);
      } else if (indent === 8 && depName) {
        const m = /^version:\s*(['"]?)(.+?)\1\s*$/.exec(line);
        if (!m) continue;
        let name = depName;
        let version = stripPeerSuffix(m[2]);
        if (/^(link|file|workspace|portal):/.test(version)) continue;
        const alias = version.indexOf('@', version.startsWith('@') ? 1 : 0);
        if (alias > 0 && !/^[a-z]+:/.test(version)) {
          name = version.slice(0, alias); // npm alias: `version: real-name@1.2.3`
          version = version.slice(alias + 1);
        }
        add(name, version, 'importers');
      } else if (indent < 6) {
        depName = null;
      }
    }
  }
  return { lockfileVersion, resolved };
}

// ---------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------

function sortVersions(versions) {
  return [...versions].sort((a, b) => {
    const x = parseVersion(a);
    const y = parseVersion(b);
    if (x && y) return compareVersions(x, y);
    if (x) return -1;
    if (y) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Checks parsed lockfile data against a validated list.
 * Returns { rows, missing, absent, failures, warnings } (failures/warnings are row subsets).
 */
export function checkResolved(validated, lock, { strict = false } = {}) {
  const rows = [];
  const absent = [];
  const names = [...validated.packages.keys()].sort();
  for (const name of names) {
    const versions = lock.resolved.get(name);
    if (!versions) {
      absent.push(name);
      continue;
    }
    const entries = validated.packages.get(name);
    for (const version of sortVersions(versions.keys())) {
      const row = { name, version, line: '-', minimum: '-', advisories: [], status: 'ok' };
      rows.push(row);
      const parsed = parseVersion(version);
      if (!parsed) {
        row.status = 'FAIL';
        row.reason = `"${version}" is not a semantic version; it cannot be checked`;
        continue;
      }
      const matches = entries.filter((e) => lineContains(e.line, parsed));
      if (matches.length === 0) {
        row.status = strict ? 'FAIL' : 'WARN';
        row.reason = 'no entry for this version line in security/min-versions.json; review it';
        continue;
      }
      if (matches.length > 1) {
        row.status = 'FAIL';
        row.reason = `matches ${matches.length} lines; the list is ambiguous`;
        continue;
      }
      const entry = matches[0];
      row.line = entry.line.label;
      row.advisories = entry.advisories;
      row.minimum = entry.min === null ? `none (>=${entry.upgradeTo})` : entry.min;
      if ((entry.exclude ?? []).some((v) => compareVersions(v, parsed) === 0)) {
        row.status = 'FAIL';
        row.reason = `${version} is an excluded publish: ${entry.summary}`;
      } else if (entry.min === null) {
        row.status = 'FAIL';
        row.reason = `no patched release on line ${entry.line.label}; upgrade to >= ${entry.upgradeTo}`;
      } else if (compareVersions(parsed, entry.min) < 0) {
        row.status = 'FAIL';
        row.reason = `below minimum ${entry.min}; upgrade to >= ${entry.min}`;
      }
    }
  }
  const missing = validated.required.filter((name) => !lock.resolved.has(name));
  return {
    rows,
    missing,
    absent,
    failures: rows.filter((r) => r.status === 'FAIL'),
    warnings: rows.filter((r) => r.status === 'WARN'),
  };
}

/** Runs the whole check on lockfile text; `ok` is false whenever the process should exit 1. */
export function checkLockfileText(text, validated, options = {}) {
  const lock = parseLockfile(text);
  const result = checkResolved(validated, lock, options);
  const parseFailed = lock.resolved.size === 0;
  return {
    ...result,
    lock,
    parseFailed,
    ok:
      validated.errors.length === 0 &&
      !parseFailed &&
      result.missing.length === 0 &&
      result.failures.length === 0,
  };
}

function formatTable(rows) {
  const header = ['package', 'resolved', 'line', 'minimum', 'status', 'advisories'];
  const cells = rows.map((r) => [
    r.name,
    r.version,
    r.line,
    r.minimum,
    r.status,
    r.advisories.length ? r.advisories.join(', ') : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const fmt = (c) =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt)].join('\n');
}

function report(result, validated, { quiet = false, lockfile = '', config = '' } = {}) {
  const out = [];
  if (validated.errors.length) {
    out.push(`${path.relative(process.cwd(), config) || config} is invalid:`);
    for (const e of validated.errors) out.push(`  - ${e}`);
  }
  if (result.parseFailed) out.push(`no packages could be read from ${lockfile}`);
  const shown = quiet ? result.rows.filter((r) => r.status !== 'ok') : result.rows;
  if (shown.length) out.push(formatTable(shown));
  for (const r of [...result.failures, ...result.warnings]) {
    out.push(`${r.status}  ${r.name}@${r.version}: ${r.reason}`);
  }
  for (const name of result.missing) {
    out.push(`FAIL  ${name}: not found in the lockfile (request-path package; the parser broke?)`);
  }
  if (!quiet && result.absent.length) {
    out.push(`listed but not in this lockfile: ${result.absent.join(', ')}`);
  }
  const checkedNames = new Set(result.rows.map((r) => r.name)).size;
  out.push(
    `check-deps: ${result.rows.length} resolved versions of ${checkedNames} listed packages; ` +
      `${result.rows.length - result.failures.length - result.warnings.length} ok, ` +
      `${result.failures.length} FAIL, ${result.warnings.length} warning(s), ` +
      `${result.missing.length} required package(s) missing -> ${result.ok ? 'PASS' : 'FAIL'}`,
  );
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Self-test: proves the comparison, the parser and the real list on synthetic lockfiles
// ---------------------------------------------------------------------------------------------

/** Builds a minimal pnpm v9 lockfile from [name, version] pairs (packages + snapshots). */
export function synthLockfile(pairs, { peerSuffix = {} } = {}) {
  const key = (name, version, suffix = '') => {
    const k = `${name}@${version}${suffix}`;
    return /^[@]|[()]/.test(k) ? `'${k}'` : k;
  };
  const lines = ["lockfileVersion: '9.0'", '', 'importers:', '', '  .: {}', '', 'packages:', ''];
  for (const [name, version] of pairs) {
    lines.push(`  ${key(name, version)}:`);
    lines.push(`    resolution: {integrity: sha512-AAAA}`, '');
  }
  lines.push('snapshots:', '');
  for (const [name, version] of pairs) {
    const suffix = peerSuffix[name] ?? '';
    lines.push(`  ${key(name, version, suffix)}: {}`, '');
  }
  return lines.join('\n');
}

export function runSelfTest(log = console.log) {
  let failed = 0;
  let count = 0;
  const t = (description, fn) => {
    count++;
    try {
      const detail = fn();
      if (detail === true || detail === undefined) log(`ok ${count} - ${description}`);
      else throw new Error(typeof detail === 'string' ? detail : 'assertion failed');
    } catch (err) {
      failed++;
      log(`not ok ${count} - ${description}: ${err.message}`);
    }
  };
  const eq = (actual, expected) => {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    return a === e || `expected ${e}, got ${a}`;
  };
  const failing = (result) => result.failures.map((r) => `${r.name}@${r.version}`).sort();

  // 1. Version ordering.
  t('semver precedence', () => {
    const ordered = [
      '0.9.9',
      '1.0.0-0',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '1.10.0',
      '10.0.0',
    ];
    for (let i = 0; i + 1 < ordered.length; i++) {
      if (compareVersions(ordered[i], ordered[i + 1]) !== -1) {
        return `${ordered[i]} should sort before ${ordered[i + 1]}`;
      }
      if (compareVersions(ordered[i + 1], ordered[i]) !== 1) return `reverse of ${ordered[i]}`;
    }
    if (compareVersions('4.2.7', '4.2.7+build.5') !== 0) return 'build metadata must not count';
    return eq(['4.2', 'x', '01.2.3', ''].map(parseVersion), [null, null, null, null]);
  });

  // 2. Lines.
  t('version lines: integer majors and range strings', () => {
    const four = parseLine(4);
    const narrow = parseLine('>=3.4.0 <4.0.0');
    const checks = [
      [four, '4.0.0', true],
      [four, '4.99.99', true],
      [four, '4.0.0-rc.1', true],
      [four, '5.0.0-rc.1', false],
      [four, '3.9.9', false],
      [narrow, '3.4.0', true],
      [narrow, '3.3.9', false],
      [narrow, '4.0.0', false],
      [parseLine(0), '0.28.2', true],
      [parseLine('>=4 <5'), '4.5.6', true],
    ];
    for (const [line, v, want] of checks) {
      if (lineContains(line, v) !== want) return `${line.label} contains ${v} should be ${want}`;
    }
    return true;
  });

  // 3. The list's own validation.
  t('invalid lists are rejected', () => {
    const bad = validateConfig({
      packages: {
        a: [
          { major: 1, min: '1.2.3', advisories: ['GHSA-aaaa-bbbb-cccc'], summary: 'bad id' },
          { major: '>=1.5.0 <2.0.0', min: '1.6.0', advisories: [], summary: 'overlaps' },
        ],
        b: [{ major: 2, min: '3.0.0', advisories: [], summary: 'min off its line' }],
        c: [{ major: 3, min: null, advisories: ['CVE-2024-0001'], summary: 'no upgradeTo' }],
        d: [{ major: 'banana', min: '1.0.0', advisories: [], summary: 'x' }],
        e: [{ major: 1, min: '1.0.0', advisories: [] }],
      },
    });
    const joined = bad.errors.join('\n');
    for (const needle of [
      'not a GHSA',
      'overlap',
      'not on line',
      'upgradeTo',
      'cannot read',
      'summary',
    ]) {
      if (!joined.includes(needle)) return `expected an error about "${needle}" in:\n${joined}`;
    }
    return true;
  });

  const real = loadConfig(DEFAULT_CONFIG);
  t('security/min-versions.json is valid', () =>
    real.errors.length === 0 ? true : real.errors.join('; '),
  );
  t('the request-path packages are listed and required', () => {
    for (const name of REQUIRED_IN_LOCKFILE) {
      if (!real.packages.has(name)) return `${name} has no entry`;
      if (!real.required.includes(name)) return `${name} is not required`;
    }
    return true;
  });

  // 4. The parser on the shapes pnpm writes.
  t('lockfile parser: quoting, scopes, peer suffixes, snapshots, importers, legacy keys', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'settings:',
      '  autoInstallPeers: true',
      '',
      'importers:',
      '',
      '  server:',
      '    dependencies:',
      "      '@socket.io/redis-adapter':",
      '        specifier: ^8.3.0',
      '        version: 8.3.0(socket.io-adapter@2.5.8)',
      '      my-alias:',
      '        specifier: npm:zod@^4',
      '        version: zod@4.6.7',
      "      '@alongside/shared':",
      '        specifier: workspace:*',
      '        version: link:../shared',
      '',
      'packages:',
      '',
      "  '@socket.io/redis-adapter@8.3.0':",
      '    resolution: {integrity: sha512-X}',
      '    peerDependencies:',
      '      socket.io-adapter: ^2.5.4',
      '',
      '  engine.io@6.6.12:',
      '    resolution: {integrity: sha512-Y}',
      '',
      '  "ws@8.21.3":',
      '    resolution: {integrity: sha512-Z}',
      '',
      "  'odd@1.0.0-rc.1':",
      '    resolution: {integrity: sha512-Q}',
      '',
      'snapshots:',
      '',
      "  '@socket.io/redis-adapter@8.3.0(socket.io-adapter@2.5.8)':",
      '    dependencies:',
      '      debug: 4.3.7',
      '',
      '  socket.io-parser@4.2.7:',
      '    dependencies:',
      "      '@socket.io/component-emitter': 3.1.2",
      '',
      '  cookie@0.7.2: {}',
      '',
      '  /express@5.3.0: {}',
      '',
      '  /qs/6.17.1_side-channel@1.1.1:',
      '    dependencies: {}',
    ].join('\r\n');
    const { lockfileVersion, resolved } = parseLockfile(text);
    const flat = [...resolved].map(([n, vs]) => `${n}@${[...vs.keys()].join('|')}`).sort();
    if (lockfileVersion !== '9.0') return `lockfileVersion ${lockfileVersion}`;
    return eq(flat, [
      '@socket.io/redis-adapter@8.3.0',
      'cookie@0.7.2',
      'engine.io@6.6.12',
      'express@5.3.0',
      'odd@1.0.0-rc.1',
      'qs@6.17.1',
      'socket.io-parser@4.2.7',
      'ws@8.21.3',
      'zod@4.6.7',
    ]);
  });

  // 5. A vulnerable tree must fail, for the right packages and only those.
  const vulnerable = [
    ['socket.io', '4.8.1'],
    ['socket.io', '3.1.2'], // line 3 has no patched release
    ['engine.io', '6.6.9'],
    ['socket.io-parser', '4.2.6'],
    ['ws', '8.20.0'],
    ['ws', '7.5.10'],
    ['express', '5.3.0'],
    ['body-parser', '2.2.0'],
    ['path-to-regexp', '8.3.0'],
    ['qs', '6.15.3'],
    ['cookie', '0.6.0'],
    ['debug', '4.4.2'], // excluded compromised publish
    ['debug', '4.3.7'],
    ['vite', '8.0.15'],
    ['esbuild', '0.27.3'],
  ];
  t('a vulnerable lockfile fails, naming each vulnerable resolution', () => {
    const r = checkLockfileText(
      synthLockfile(vulnerable, { peerSuffix: { 'body-parser': '(supports-color@9.0.0)' } }),
      real,
    );
    if (r.ok) return 'check passed a vulnerable tree';
    return eq(failing(r), [
      'body-parser@2.2.0',
      'cookie@0.6.0',
      'debug@4.4.2',
      'engine.io@6.6.9',
      'esbuild@0.27.3',
      'path-to-regexp@8.3.0',
      'qs@6.15.3',
      'socket.io-parser@4.2.6',
      'socket.io@3.1.2',
      'vite@8.0.15',
      'ws@7.5.10',
      'ws@8.20.0',
    ]);
  });

  // 6. The same tree at the fixed versions must pass.
  const fixed = [
    ['socket.io', '4.8.4'],
    ['engine.io', '6.6.12'],
    ['socket.io-parser', '4.2.7'],
    ['ws', '8.21.3'],
    ['express', '5.3.0'],
    ['body-parser', '2.4.0'],
    ['path-to-regexp', '8.4.2'],
    ['qs', '6.17.1'],
    ['cookie', '0.7.2'],
    ['debug', '4.4.3'],
    ['vite', '8.3.8'],
    ['esbuild', '0.28.2'],
  ];
  t('the fixed lockfile passes', () => {
    const r = checkLockfileText(synthLockfile(fixed), real);
    if (!r.ok) return `unexpected failures: ${failing(r).join(', ')} missing: ${r.missing}`;
    return eq(r.warnings.length, 0);
  });

  // 7. Boundaries and edge cases.
  t('exactly the minimum passes; its prerelease fails', () => {
    const at = checkLockfileText(synthLockfile([...fixed, ['socket.io-parser', '4.2.7']]), real);
    const pre = checkLockfileText(
      synthLockfile([...fixed, ['socket.io-parser', '4.2.7-rc.1']]),
      real,
    );
    if (!at.ok) return '4.2.7 should pass';
    return eq(failing(pre), ['socket.io-parser@4.2.7-rc.1']);
  });
  t('a missing request-path package fails even when nothing is vulnerable', () => {
    const r = checkLockfileText(synthLockfile(fixed.filter(([n]) => n !== 'ws')), real);
    return r.ok ? 'passed without ws' : eq(r.missing, ['ws']);
  });
  t('an empty or unreadable lockfile fails', () => {
    const r = checkLockfileText('lockfileVersion: 9.0\nsomething: else\n', real);
    return r.ok ? 'passed an empty lockfile' : eq(r.parseFailed, true);
  });
  t('a non-semver resolution (tarball/git) cannot be verified and fails', () => {
    const text = synthLockfile(fixed).replace(
      '  express@5.3.0:',
      "  'express@https://codeload.github.com/expressjs/express/tar.gz/abc':",
    );
    const r = checkLockfileText(text, real);
    return eq(
      r.failures.map((f) => f.name),
      ['express'],
    );
  });
  t('a version on an unlisted line warns, and fails with --strict', () => {
    const pairs = [...fixed, ['ws', '9.0.0']];
    const loose = checkLockfileText(synthLockfile(pairs), real);
    const strict = checkLockfileText(synthLockfile(pairs), real, { strict: true });
    if (!loose.ok || loose.warnings.length !== 1) return 'expected one warning and a pass';
    return eq(failing(strict), ['ws@9.0.0']);
  });

  log(`${failed === 0 ? 'PASS' : 'FAIL'}: ${count - failed}/${count} self-test checks passed`);
  return failed === 0;
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { lockfile: DEFAULT_LOCKFILE, config: DEFAULT_CONFIG };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--self-test') opts.selfTest = true;
    else if (arg === '--strict') opts.strict = true;
    else if (arg === '--quiet') opts.quiet = true;
    else if (arg === '--lockfile' || arg === '--config') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a path`);
      opts[arg.slice(2)] = path.resolve(value);
    } else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return opts;
}

function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`check-deps: ${err.message}`);
    return 2;
  }
  if (opts.help) {
    console.log(
      'usage: node scripts/check-deps.mjs [--self-test] [--strict] [--quiet] ' +
        '[--lockfile pnpm-lock.yaml] [--config security/min-versions.json]',
    );
    return 0;
  }
  if (opts.selfTest) return runSelfTest() ? 0 : 1;

  let text;
  try {
    text = readFileSync(opts.lockfile, 'utf8');
  } catch (err) {
    console.error(`check-deps: cannot read ${opts.lockfile}: ${err.message}`);
    return 2;
  }
  const validated = loadConfig(opts.config);
  const result = checkLockfileText(text, validated, { strict: opts.strict });
  if (result.lock.lockfileVersion && !/^(9|6)\./.test(result.lock.lockfileVersion)) {
    console.log(
      `note: lockfileVersion ${result.lock.lockfileVersion} was not tested with this parser`,
    );
  }
  console.log(
    report(result, validated, { quiet: opts.quiet, lockfile: opts.lockfile, config: opts.config }),
  );
  return result.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
