// Small progressive enhancements shared by the portal's pages (base.html loads it on every
// page). Everything works without it.
(function () {
  "use strict";

  // The attachment inputs (components/file_field.html): a "Choose files" button in the page's
  // language over the native input, which stays the real control (focusable, read by screen
  // readers); the chosen files listed; and the server's limits checked before anything is
  // sent: a file too large, empty or of another type, too many files or too much in all is
  // named in the field's error area, with the server's message, and the form is not sent until
  // it is fixed. The server checks every file again.
  function filePicker(root) {
    var input = root.querySelector("input[type=file]");
    if (!input || !input.form) return;
    var form = input.form;
    var errors = root.querySelector("[data-file-errors]");
    var list = root.querySelector("[data-file-list]");
    var number = function (name) { return parseInt(input.getAttribute("data-" + name), 10); };
    var types = (input.getAttribute("data-types") || "").split(" ");
    var extensions = (input.getAttribute("data-extensions") || "").split(" ");
    var errorId = input.id + "_browser_error";
    var serverInvalid = input.getAttribute("aria-invalid") === "true";

    root.classList.add("file-picker--ready");
    root.querySelector("[data-file-button]").hidden = false;
    root.querySelector("[data-file-chosen]").hidden = false;

    // The server's message for `kind`, the file's name isolated where it says {name}.
    function message(kind, name) {
      var item = document.createElement("li");
      item.appendChild(root.querySelector('template[data-file-message="' + kind + '"]').content.cloneNode(true));
      var walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var at = node.data.indexOf("{name}");
        if (at === -1) continue;
        var rest = node.splitText(at);
        rest.data = rest.data.slice("{name}".length);
        var bdi = document.createElement("bdi");
        bdi.textContent = name;
        rest.parentNode.insertBefore(bdi, rest);
        break;
      }
      return item;
    }

    function problems() {
      var found = [];
      var files = Array.prototype.slice.call(input.files || []);
      var kept = form.querySelectorAll("input[name=kept_uploads]:checked");
      var total = 0;
      kept.forEach(function (box) { total += parseInt(box.getAttribute("data-size") || "0", 10); });
      files.forEach(function (file) {
        var extension = file.name.toLowerCase().split(".").pop();
        if (file.size > number("max-file-size")) found.push(message("too_large", file.name));
        else if (file.size === 0) found.push(message("empty", file.name));
        else if (types.indexOf(file.type) === -1 && extensions.indexOf(extension) === -1) {
          found.push(message("bad_type", file.name));
        }
        total += file.size;
      });
      if (files.length + kept.length > number("max-files")) found.push(message("too_many", ""));
      else if (total > number("max-total-size")) found.push(message("too_large_together", ""));
      return found;
    }

    function describedBy(add) {
      var ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== errorId;
      });
      if (add) ids.push(errorId);
      if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
      else input.removeAttribute("aria-describedby");
    }

    // Returns whether the form may be sent. What the server said of an earlier choice no
    // longer applies once files are chosen again.
    function check() {
      var found = problems();
      var old = document.getElementById(errorId);
      if (old) old.remove();
      var chosenAgain = input.files && input.files.length > 0;
      errors.querySelectorAll(".errorlist").forEach(function (server) {
        if (chosenAgain) server.hidden = true;
      });
      if (found.length) {
        var ul = document.createElement("ul");
        ul.className = "errorlist";
        ul.id = errorId;
        found.forEach(function (item) { ul.appendChild(item); });
        errors.appendChild(ul);
      }
      var invalid = found.length > 0 || (serverInvalid && !chosenAgain);
      root.classList.toggle("field--error", invalid);
      if (invalid) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
      describedBy(found.length > 0);
      return found.length === 0;
    }

    function listChosen() {
      var files = Array.prototype.slice.call(input.files || []);
      list.textContent = "";
      files.forEach(function (file) {
        var item = document.createElement("li");
        var name = document.createElement("bdi");
        name.textContent = file.name;
        item.appendChild(name);
        list.appendChild(item);
      });
      root.querySelector("[data-file-none]").hidden = files.length > 0;
      root.querySelector("[data-file-title]").hidden = files.length === 0;
    }

    input.addEventListener("change", function () { listChosen(); check(); });
    form.querySelectorAll("input[name=kept_uploads]").forEach(function (box) {
      box.addEventListener("change", check);
    });
    form.addEventListener("submit", function (event) {
      if (!check()) {
        event.preventDefault();
        input.focus();
      }
    });
    listChosen();
  }

  // Before the send-once guard below: a form the check stops is not "being sent".
  document.querySelectorAll("[data-file-picker]").forEach(filePicker);

  // A form that sends data is sent once: a second click (or Enter) while the first request
  // is on its way does nothing, and the button shows it is busy. The servers answer a resent
  // form with the first result too (the forms' one-time tokens), for the browsers without this.
  function guard(form) {
    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) return;  // stopped by a check (the file picker's)
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
