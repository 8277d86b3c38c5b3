// PC-Covid service worker (scope "/"): the app shell is cached at install; pages of the citizen app and the
// personal QR images are fetched from the network first and kept, so the last QR of each person shows offline.
// Nothing else (the API, sign-in, the console, forms) is touched.
'use strict';

const SHELL = 'pccovid-shell-v1';
const PAGES = 'pccovid-pages-v1';
const SHELL_FILES = [
  '/css/app.css',
  '/js/app.js',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/webjars/htmx.org/dist/htmx.min.js'
];
const QR_IMAGE = /^\/me\/people\/[0-9a-f-]{36}\/qr\.png$/;
const CACHED_PAGES = ['/', '/me/people', '/me/inbox'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL)
    .then((cache) => Promise.all(SHELL_FILES.map((file) => cache.add(file).catch(() => undefined))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pccovid-') && key !== SHELL && key !== PAGES)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (QR_IMAGE.test(url.pathname) || (request.mode === 'navigate' && CACHED_PAGES.includes(url.pathname))) {
    event.respondWith(networkFirst(request, request.mode === 'navigate'));
  } else if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(shellFirst(request));
  }
});

// The network's answer when there is one (and a copy kept if it is a plain 200), else the last copy kept.
async function networkFirst(request, page) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && response.type === 'basic') {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(request);
    if (kept) {
      return kept;
    }
    const home = page ? await cache.match('/') : undefined;
    if (home) {
      return home;
    }
    throw offline;
  }
}

// The app shell: the cached copy at once, refreshed in the background.
async function shellFirst(request) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request).then((response) => {
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  });
  if (kept) {
    fresh.catch(() => undefined);
    return kept;
  }
  return fresh;
}
