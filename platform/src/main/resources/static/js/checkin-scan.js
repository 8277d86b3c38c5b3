// Check-in scan pages: the camera reads a QR with html5-qrcode (a webjar), fills the form's code field and submits
// it. Without a camera (or permission) the page keeps the text field, through which a code can be pasted or typed.
(function () {
  'use strict';
  // The square the code is read in: most of the viewfinder, whatever the phone's width, so a code held at arm's
  // length on a small screen is not cut by a fixed-size box.
  function box(width, height) {
    var side = Math.max(50, Math.floor(Math.min(width, height) * 0.8));
    return { width: side, height: side };
  }

  function start() {
    var reader = document.getElementById('qr-reader');
    var form = document.getElementById('checkin-form');
    var target = form && form.querySelector('[data-qr-target]');
    var status = document.getElementById('qr-reader-status');
    if (!reader || !target || !window.Html5Qrcode || !navigator.mediaDevices) {
      if (reader) { reader.hidden = true; }
      return;
    }
    var scanner = new window.Html5Qrcode('qr-reader');
    var done = false;
    scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: box }, function (text) {
      if (done) { return; }
      done = true;
      target.value = text;
      scanner.stop().catch(function () {}).finally(function () { form.submit(); });
    }, function () { /* no code in this frame */ }).catch(function () {
      reader.hidden = true;
      if (status) { status.textContent = reader.getAttribute('data-unavailable'); }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
