// Small progressive enhancements shared by the portal's pages (base.html loads it on every
// page). Everything works without it.
(function () {
  "use strict";

  // A form that sends data is sent once: a second click (or Enter) while the first request
  // is on its way does nothing, and the button shows it is busy. The servers answer a resent
  // form with the first result too (the forms' one-time tokens), for the browsers without this.
  function guard(form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.submitting === "1") {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = "1";
      var buttons = form.querySelectorAll("button[type=submit], input[type=submit], button:not([type])");
      // Disabled only after this turn: the browser reads the form's data after the submit
      // event, and a disabled button's name and value would be left out.
      window.setTimeout(function () {
        buttons.forEach(function (button) {
          button.disabled = true;
          button.setAttribute("aria-disabled", "true");
        });
      }, 0);
    });
  }

  function release(form) {
    delete form.dataset.submitting;
    form.querySelectorAll("[aria-disabled=true]").forEach(function (button) {
      button.disabled = false;
      button.removeAttribute("aria-disabled");
    });
  }

  var postForms = Array.prototype.filter.call(document.querySelectorAll("form"), function (form) {
    return (form.getAttribute("method") || "").toLowerCase() === "post";
  });
  postForms.forEach(guard);

  // Back to a page kept in the back-forward cache: its buttons must work again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) postForms.forEach(release);
  });

  // After a failed submit the first thing read and seen is the list of what to correct.
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }

  // The header's menu: open and without its button on a wide screen (portal.css hides the
  // button from 64rem), closed on a phone until asked; Escape closes it.
  var menu = document.querySelector("[data-site-menu]");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 64rem)");
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) wide.addEventListener("change", sync);
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
