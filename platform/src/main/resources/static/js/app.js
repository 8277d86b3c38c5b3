// PC-Covid citizen app: registers the service worker (offline QR) and empties its caches on sign-out.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function (error) {
    console.warn('PC-Covid: service worker not registered', error);
  });

  // Signing out leaves nothing of this phone's people in the caches (pages with names, QR images).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.getAttribute('action') !== '/logout' || form.dataset.cleared) {
      return;
    }
    if (!('caches' in window)) {
      return;
    }
    event.preventDefault();
    form.dataset.cleared = 'yes';
    caches.keys()
      .then(function (keys) {
        return Promise.all(keys.filter(function (key) { return key.indexOf('pccovid-') === 0; })
          .map(function (key) { return caches.delete(key); }));
      })
      .finally(function () { form.submit(); });
  });
})();
