// Small progressive enhancements shared by the portal's pages. Everything works without it.
(function () {
  "use strict";

  // A second click on a submit button while the first request is on its way does nothing
  // (the server also refuses a duplicate, see complaints.workflow.submit_case).
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || !button.hasAttribute("data-submit-once")) return;
      if (form.dataset.submitting === "1") {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = "1";
      button.setAttribute("aria-disabled", "true");
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
