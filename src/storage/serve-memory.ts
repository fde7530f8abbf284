// The background's side of the reading memory: fc:remember (keep a page's claims) and fc:memory-claims (the
// remembered claims about a page's keys). The background decides, not the page: it reads the settings itself and
// knows from the sender whether the tab is in a private window, so a content script that asks wrongly stores nothing.
import { browser } from 'wxt/browser';
import { messageSchema, type MemoryClaimsReply, type Message, type RememberReply } from '../core/messages';
import { mayRemember, type Settings } from '../core/settings';
import { memoryUrl, openMemoryStore, type MemoryStore } from './memory-store';
import { loadSettings } from './storage';

/** What the background knows of who sent a message (runtime.MessageSender, the part used). */
export interface SenderInfo {
  url?: string;
  tab?: { incognito?: boolean; url?: string };
}

const hostOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

/**
 * Whether a page's claims may be kept: the memory is on, the site is not excluded, the tab is not in a private
 * window, and the page is the one that sent the message (its frame's address has the host it claims).
 */
export function mayStore(settings: Settings, url: string, sender: SenderInfo): boolean {
  const incognito = sender.tab?.incognito !== false; // unknown counts as private: never store on a guess
  const from = hostOf(sender.url ?? sender.tab?.url);
  if (from === null || from !== hostOf(url)) return false;
  return mayRemember(settings, url, incognito);
}

/** Whether remembered claims may be served to this sender: the memory is on and the tab is not private. */
export function mayRecall(settings: Settings, sender: SenderInfo): boolean {
  return settings.memory && sender.tab?.incognito === false;
}

export interface MemoryServer {
  handle(message: Message, sender: SenderInfo): Promise<RememberReply | MemoryClaimsReply> | undefined;
}

export function memoryServer(open: () => Promise<MemoryStore> = openMemoryStore, settings: () => Promise<Settings> = loadSettings, now = () => new Date()): MemoryServer {
  let ready: Promise<MemoryStore> | undefined;
  const store = () =>
    (ready ??= open()).catch((error) => {
      ready = undefined; // try again next time
      throw error;
    });
  return {
    handle(message, sender) {
      if (message.type === 'fc:remember') {
        return settings().then(async (s): Promise<RememberReply> => {
          if (!mayStore(s, message.url, sender)) return { stored: false, problem: null };
          try {
            const readAt = now().toISOString();
            await (await store()).remember({ url: memoryUrl(message.url), title: message.title, source: message.source, claims: message.claims, readAt });
            return { stored: true, problem: null };
          } catch (error) {
            return { stored: false, problem: (error as Error).message };
          }
        });
      }
      if (message.type === 'fc:memory-claims') {
        return settings().then(async (s): Promise<MemoryClaimsReply> => {
          const none: MemoryClaimsReply = { claims: [], sources: [], readAt: {}, problem: null };
          if (!mayRecall(s, sender)) return none;
          try {
            return { ...(await (await store()).claimsFor(message.keys, message.url)), problem: null };
          } catch (error) {
            return { ...none, problem: (error as Error).message };
          }
        });
      }
      return undefined;
    },
  };
}

export function serveMemory(server: MemoryServer = memoryServer()): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return server.handle(parsed.data, sender);
  });
}
