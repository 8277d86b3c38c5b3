// PC-Covid ward picker (geo/ward-picker.html): a tap on a listed ward fills the form's ward-code field and shows the
// chosen ward's full name; the list then closes. Without this script the code field is typed by hand.
(function () {
  'use strict';
  if (window.pccovidWardPicker) {
    return; // several pickers on one page load the script once
  }
  window.pccovidWardPicker = true;
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('button.ward-pick') : null;
    if (!button) {
      return;
    }
    var field = document.getElementById(button.dataset.for);
    if (!field) {
      return;
    }
    field.value = button.dataset.wardCode;
    field.removeAttribute('aria-invalid');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    var chosen = document.getElementById(button.dataset.for + '-chosen');
    if (chosen) {
      chosen.textContent = button.dataset.wardName;
    }
    var picks = document.getElementById(button.dataset.for + '-picks');
    if (picks) {
      picks.textContent = '';
    }
    var search = document.getElementById(button.dataset.for + '-search');
    if (search) {
      search.value = '';
    }
  });
})();
