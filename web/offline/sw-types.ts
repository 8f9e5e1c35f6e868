/**
 * The few service-worker types used here. web/ compiles against the DOM library, whose global
 * scope is a window; the WebWorker library would clash with it in the same program.
 */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  readonly resultingClientId: string;
  respondWith(response: Promise<Response> | Response): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}

export interface WorkerClient {
  readonly url: string;
  postMessage(message: unknown): void;
}

export interface ServiceWorkerScope {
  readonly location: Location;
  readonly clients: {
    get(id: string): Promise<WorkerClient | undefined>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

/** What the worker tells a page: a read was answered from the copy stored at `storedAt`. */
export interface ServedFromCacheMessage {
  type: 'served-from-cache';
  url: string;
  storedAt: string;
}

/** What a page asks of the worker: keep the page and what it fetched before the worker controlled it. */
export interface KeepMessage {
  type: 'keep';
  page: string;
  urls: string[];
}
