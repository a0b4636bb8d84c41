import type { Core } from '@strapi/strapi';
import { classifyFailure } from '../domain/schedule';

/**
 * Keeps a database outage right after a publish (scheduled, or an editor's)
 * from killing the process.
 *
 * Strapi's Document Service emits entry.publish after the commit: it queues
 * an async callback (re-read the entry with its relations, then emit) and
 * @strapi/database runs the queued callbacks with a plain forEach, dropping
 * their promises. If the database goes away between our commit and that
 * re-read, the read rejects with nobody listening, and Node's default for an
 * unhandled rejection ends the process. The publish (and a scheduled
 * action's "done" mark) is committed by then; only that publish's
 * entry.publish event (and webhook) is lost, which is logged.
 *
 * From the plugin's bootstrap to its destroy, this listener takes unhandled
 * rejections that are database connection failures (the transient ones of
 * classifyFailure) and logs them. Anything else behaves as without it: other listeners handle it,
 * or, with none, it is thrown as Node's default (--unhandled-rejections=throw) does.
 */
function createAfterCommitGuard(strapi: Core.Strapi) {
  const listener = (reason: unknown) => {
    if (classifyFailure(reason) === 'transient') {
      strapi.log.warn(
        `[newsroom] a database call nobody awaited failed, most likely the entry event after a commit (that event is lost): ${String((reason as Error)?.message ?? reason)}`,
      );
      return;
    }
    if (process.listenerCount('unhandledRejection') > 1 || !throwsByDefault()) return;
    throw reason;
  };
  let installed = false;
  return {
    install() {
      if (installed) return;
      installed = true;
      process.on('unhandledRejection', listener);
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      process.off('unhandledRejection', listener);
    },
  };
}

const guards = new WeakMap<Core.Strapi, ReturnType<typeof createAfterCommitGuard>>();

/** Installed in the plugin's bootstrap. */
export function installAfterCommitGuard(strapi: Core.Strapi): void {
  if (!guards.has(strapi)) guards.set(strapi, createAfterCommitGuard(strapi));
  guards.get(strapi)!.install();
}

/** Removed in the plugin's destroy. */
export function removeAfterCommitGuard(strapi: Core.Strapi): void {
  guards.get(strapi)?.uninstall();
  guards.delete(strapi);
}

/** Whether Node would end the process on an unhandled rejection without listeners (its default). */
function throwsByDefault(): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  const mode = flags
    .map((flag) => /^--unhandled-rejections=(.+)$/.exec(flag)?.[1])
    .filter(Boolean)
    .pop();
  return mode === undefined || mode === 'throw' || mode === 'strict';
}
