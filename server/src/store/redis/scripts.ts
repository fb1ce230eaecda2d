import type { Redis } from 'ioredis';
import type { RedisContext } from './context.js';
import { conversationScripts } from './conversationScripts.js';
import { dispatchScripts } from './dispatchScripts.js';
import { recordScripts } from './recordScripts.js';

/** A Lua script that runs as one atomic step in Redis; every key it touches shares a slot. */
export interface LuaScript {
  name: string;
  lua: string;
}

type ScriptCommand = (
  numberOfKeys: number,
  ...keysAndArgs: (string | number)[]
) => Promise<unknown>;

/**
 * Registers every script on the client (ioredis sends EVALSHA and falls back to EVAL after a
 * Redis restart empties the script cache) and returns a typed way to run them.
 */
export function defineScripts(redis: Redis): RedisContext['script'] {
  for (const script of [...dispatchScripts, ...conversationScripts, ...recordScripts]) {
    redis.defineCommand(script.name, { lua: script.lua });
  }
  const commands = redis as unknown as Record<string, ScriptCommand | undefined>;
  return (script, keys, args) => {
    const command = commands[script.name];
    if (!command) throw new Error(`script ${script.name} is not registered`);
    return command.call(redis, keys.length, ...keys, ...args);
  };
}
